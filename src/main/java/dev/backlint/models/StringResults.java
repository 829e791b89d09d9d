package dev.backlint.models;

import java.util.Map;
import java.util.Set;

/**
 * Library methods that return a {@code String}, by the simple name of the type a receiver
 * is declared as: what rules read where the symbol solver may not see the library.
 */
public final class StringResults {

    private static final Set<String> REQUEST = Set.of("getMethod", "getHeader", "getParameter", "getRequestURI",
            "getContextPath", "getServletPath", "getPathInfo", "getQueryString", "getRemoteUser", "getRemoteAddr",
            "getRemoteHost", "getContentType", "getCharacterEncoding", "getScheme", "getServerName", "getAuthType",
            "getRequestedSessionId", "getProtocol", "getLocalAddr");

    private static final Map<String, Set<String>> BY_RECEIVER = Map.ofEntries(
            Map.entry("HttpServletRequest", REQUEST),
            Map.entry("ServletRequest", REQUEST),
            Map.entry("ResultSet", Set.of("getString", "getNString")),
            Map.entry("Environment", Set.of("getProperty", "getRequiredProperty")),
            Map.entry("ConfigurableEnvironment", Set.of("getProperty", "getRequiredProperty")),
            Map.entry("Properties", Set.of("getProperty")),
            Map.entry("Principal", Set.of("getName")),
            Map.entry("Authentication", Set.of("getName")),
            Map.entry("Cookie", Set.of("getName", "getValue", "getPath", "getDomain")),
            Map.entry("HttpSession", Set.of("getId")),
            Map.entry("Class", Set.of("getName", "getSimpleName", "getCanonicalName", "getTypeName",
                    "getPackageName")),
            Map.entry("Thread", Set.of("getName")),
            Map.entry("File", Set.of("getName", "getPath", "getAbsolutePath", "getParent")),
            Map.entry("StringBuilder", Set.of("toString", "substring")),
            Map.entry("System", Set.of("getProperty", "getenv", "lineSeparator")));

    private StringResults() {
    }

    /** Whether {@code method} of a receiver declared as {@code receiverType} (simple name) returns a String. */
    public static boolean returnsString(String receiverType, String method) {
        return BY_RECEIVER.getOrDefault(receiverType, Set.of()).contains(method);
    }
}
