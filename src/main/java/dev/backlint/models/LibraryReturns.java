package dev.backlint.models;

import java.util.Map;

/**
 * What static methods of libraries return, for receivers the symbol solver cannot type
 * without the library's jar: {@code SecurityContextHolder.getContext().getAuthentication()}
 * is a call on a {@code SecurityContext}. Keys are {@code owner#method/arity}.
 */
public final class LibraryReturns {

    public static final Map<String, String> STATIC_RETURNS = Map.of(
            "org.springframework.security.core.context.SecurityContextHolder#getContext/0",
            "org.springframework.security.core.context.SecurityContext",
            "org.springframework.web.context.request.RequestContextHolder#currentRequestAttributes/0",
            "org.springframework.web.context.request.RequestAttributes");

    private LibraryReturns() {
    }
}
