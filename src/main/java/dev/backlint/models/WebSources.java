package dev.backlint.models;

import java.util.List;
import java.util.Set;

/** Where request data enters a backend: servlet request methods and handler parameters. */
public final class WebSources {

    /**
     * Servlet request methods whose results come from the client: the names of parameters
     * and headers too, which the client chooses as freely as their values.
     */
    public static final Set<String> REQUEST_METHODS = Set.of("getParameter", "getParameterValues",
            "getParameterMap", "getParameterNames", "getHeader", "getHeaders", "getHeaderNames", "getCookies",
            "getQueryString", "getInputStream", "getReader", "getPathInfo", "getRequestURI", "getRequestURL");

    public static final List<String> REQUEST_TYPES = List.of("jakarta.servlet.http.HttpServletRequest",
            "jakarta.servlet.ServletRequest", "javax.servlet.http.HttpServletRequest", "javax.servlet.ServletRequest");

    /** Parameter annotations (simple names) that bind request data: Spring MVC and JAX-RS. */
    public static final Set<String> PARAMETER_ANNOTATIONS = Set.of("RequestParam", "PathVariable", "RequestHeader",
            "CookieValue", "RequestBody", "ModelAttribute", "QueryParam", "PathParam", "FormParam", "HeaderParam");

    /** Method annotations that make a method a request handler. */
    public static final Set<String> HANDLER_ANNOTATIONS = Set.of("RequestMapping", "GetMapping", "PostMapping",
            "PutMapping", "DeleteMapping", "PatchMapping", "GET", "POST", "PUT", "DELETE", "PATCH");

    /** Conversions whose result cannot carry SQL syntax. */
    public static final Set<String> SANITIZERS = Set.of("Integer.parseInt", "Integer.valueOf", "Long.parseLong",
            "Long.valueOf", "Short.parseShort", "Double.parseDouble", "Double.valueOf", "Float.parseFloat",
            "Boolean.parseBoolean", "Boolean.valueOf", "UUID.fromString", "BigDecimal.valueOf", "BigInteger.valueOf");

    /**
     * String, decoding and splitting operations whose result carries the taint of their
     * receiver and arguments. Encoding is here because it is undone as often as not.
     */
    public static final Set<String> PROPAGATORS = Set.of("trim", "strip", "toLowerCase", "toUpperCase",
            "substring", "replace", "replaceAll", "replaceFirst", "concat", "formatted", "format", "join", "valueOf",
            "toString", "append", "insert", "intern", "stripLeading", "stripTrailing", "repeat", "split",
            "getBytes", "toCharArray", "copyValueOf", "decode", "encode", "decodeBase64", "encodeBase64", "unescapeHtml4",
            "unescapeJava", "subSequence", "chars", "lines",
            // escaping for HTML, XML, JavaScript or URLs leaves quotes that SQL reads, or puts them back
            "htmlEscape", "htmlUnescape", "escapeHtml", "escapeHtml3", "escapeHtml4", "escapeXml", "escapeXml10",
            "escapeXml11", "escapeEcmaScript", "escapeJavaScript", "encodeForHTML", "encodeForHTMLAttribute",
            "encodeForJavaScript", "encodeForXML", "encodeForURL", "decodeFromURL", "encodeForBase64",
            "decodeFromBase64", "encodeToString", "unescapeHtml", "unescapeXml", "normalize",
            // streams, optionals and collections made of the data carry it element by element
            "stream", "map", "filter", "sorted", "distinct", "limit", "skip", "peek", "flatMap", "toList",
            "collect", "findFirst", "findAny", "orElse", "orElseGet", "orElseThrow", "of", "ofNullable", "list",
            "asList", "copyOf", "unmodifiableList", "unmodifiableSet", "unmodifiableCollection");

    /** Request data reaching the text of a SQL query. */
    public static final TaintSpec REQUEST_DATA_TO_SQL = new TaintSpec("request data", REQUEST_METHODS, REQUEST_TYPES,
            PARAMETER_ANNOTATIONS, HANDLER_ANNOTATIONS, Set.of("*Controller", "Path"), SANITIZERS, PROPAGATORS,
            SqlSinks.SINKS);

    private WebSources() {
    }
}
