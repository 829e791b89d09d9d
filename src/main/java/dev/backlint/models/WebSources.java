package dev.backlint.models;

import dev.backlint.api.ModelOptions;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

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

    /** The specifications with a project's own sources, one per configuration. */
    private static final Map<ModelOptions, TaintSpec> WITH_OPTIONS = new ConcurrentHashMap<>();

    private WebSources() {
    }

    /**
     * {@link #REQUEST_DATA_TO_SQL} with the request sources the project's configuration adds:
     * its methods (on receivers of its types) and its parameter annotations. The same
     * instance for the same configuration, so that analyses memoise by it.
     */
    public static TaintSpec requestDataToSql(ModelOptions options) {
        if (options.requestSources().isEmpty() && options.requestAnnotations().isEmpty()) {
            return REQUEST_DATA_TO_SQL;
        }
        return WITH_OPTIONS.computeIfAbsent(options, added -> {
            TaintSpec base = REQUEST_DATA_TO_SQL;
            Set<String> methods = new HashSet<>(base.sourceMethods());
            List<String> receivers = new ArrayList<>(base.sourceReceivers());
            for (ModelOptions.Method source : added.requestSources()) {
                methods.add(source.name());
                if (!receivers.contains(source.type())) {
                    receivers.add(source.type());
                }
            }
            Set<String> annotations = new HashSet<>(base.sourceAnnotations());
            annotations.addAll(added.requestAnnotations());
            return new TaintSpec(base.source(), methods, receivers, annotations, base.handlerAnnotations(),
                    base.handlerTypeAnnotations(), base.sanitizers(), base.propagators(), base.sinks());
        });
    }
}
