package dev.backlint.models;

import java.util.Map;

/**
 * What methods of libraries return, for receivers the symbol solver cannot type
 * without the library's jar: {@code SecurityContextHolder.getContext().getAuthentication()}
 * is a call on a {@code SecurityContext}. Keys are {@code owner#method/arity}.
 */
public final class LibraryReturns {

    public static final Map<String, String> STATIC_RETURNS = Map.of(
            "org.springframework.security.core.context.SecurityContextHolder#getContext/0",
            "org.springframework.security.core.context.SecurityContext",
            "org.springframework.web.context.request.RequestContextHolder#currentRequestAttributes/0",
            "org.springframework.web.context.request.RequestAttributes");

    /** What instance methods of libraries return, keyed by the receiver's type: {@code request.getSession()} is an {@code HttpSession}. */
    public static final Map<String, String> INSTANCE_RETURNS = Map.of(
            "jakarta.servlet.http.HttpServletRequest#getSession/0", "jakarta.servlet.http.HttpSession",
            "jakarta.servlet.http.HttpServletRequest#getSession/1", "jakarta.servlet.http.HttpSession",
            "javax.servlet.http.HttpServletRequest#getSession/0", "javax.servlet.http.HttpSession",
            "javax.servlet.http.HttpServletRequest#getSession/1", "javax.servlet.http.HttpSession",
            "jakarta.servlet.http.HttpServletRequest#getServletContext/0", "jakarta.servlet.ServletContext",
            "javax.servlet.http.HttpServletRequest#getServletContext/0", "javax.servlet.ServletContext");

    private LibraryReturns() {
    }
}
