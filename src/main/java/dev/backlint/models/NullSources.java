package dev.backlint.models;

import java.util.List;
import java.util.Set;

/**
 * Library calls whose result may be null in normal operation, each with the reason a
 * message gives: a row per family of receivers. Instance calls name the types whose
 * values have the methods (implementations that code declares variables with included,
 * since a variable's written type is read before the solver is asked); static calls name
 * their class.
 */
public final class NullSources {

    /**
     * One row.
     *
     * @param receivers    types whose instances have the methods (empty for a static call)
     * @param staticOwner  the class of a static call, or {@code null}
     * @param methods      the method names
     * @param arity        the number of arguments, or -1 for any
     * @param reason       why the result may be null, as a message says it
     */
    public record Source(List<String> receivers, String staticOwner, Set<String> methods, int arity, String reason) {
    }

    private static final List<String> MAPS = List.of("java.util.Map", "java.util.HashMap", "java.util.LinkedHashMap",
            "java.util.TreeMap", "java.util.SortedMap", "java.util.NavigableMap", "java.util.Hashtable",
            "java.util.WeakHashMap", "java.util.IdentityHashMap", "java.util.concurrent.ConcurrentMap",
            "java.util.concurrent.ConcurrentHashMap", "java.util.concurrent.ConcurrentSkipListMap",
            "java.util.Properties");
    /**
     * The catch-all exception types. Their messages count as maybe-null only
     * where a variable is declared as one of them; see the rows below.
     */
    public static final List<String> THROWABLES_ONLY = List.of("java.lang.Throwable", "java.lang.Exception",
            "java.lang.RuntimeException", "java.lang.Error");
    private static final List<String> REFERENCES = List.of("java.lang.ref.Reference", "java.lang.ref.WeakReference",
            "java.lang.ref.SoftReference");
    private static final List<String> REQUESTS = List.of("jakarta.servlet.http.HttpServletRequest",
            "jakarta.servlet.ServletRequest", "javax.servlet.http.HttpServletRequest", "javax.servlet.ServletRequest");
    private static final List<String> SESSIONS = List.of("jakarta.servlet.http.HttpSession",
            "javax.servlet.http.HttpSession");
    private static final List<String> RESULT_SETS = List.of("java.sql.ResultSet");
    /** Spring's property sources: {@code getProperty(key)} is null for a property nobody set. */
    private static final List<String> PROPERTY_RESOLVERS = List.of("org.springframework.core.env.PropertyResolver",
            "org.springframework.core.env.Environment", "org.springframework.core.env.ConfigurableEnvironment",
            "org.springframework.core.env.StandardEnvironment", "org.springframework.core.env.AbstractEnvironment");
    /** Servlet configuration: {@code getInitParameter(name)} is null for a parameter the deployment does not set. */
    private static final List<String> SERVLET_CONFIGS = List.of("jakarta.servlet.ServletContext",
            "jakarta.servlet.ServletConfig", "jakarta.servlet.FilterConfig", "javax.servlet.ServletContext",
            "javax.servlet.ServletConfig", "javax.servlet.FilterConfig");
    private static final List<String> SERVLET_CONTEXTS = List.of("jakarta.servlet.ServletContext",
            "javax.servlet.ServletContext");
    private static final List<String> ENTITY_MANAGERS = List.of("jakarta.persistence.EntityManager",
            "javax.persistence.EntityManager");

    /** Spring Security's holder of the current authentication: none for an anonymous or unauthenticated thread. */
    private static final List<String> SECURITY_CONTEXTS = List.of("org.springframework.security.core.context.SecurityContext",
            "org.springframework.security.core.context.SecurityContextImpl");
    /** Spring's binding results: a field error exists only where binding or validation failed on a field. */
    private static final List<String> BINDING_RESULTS = List.of("org.springframework.validation.Errors",
            "org.springframework.validation.BindingResult", "org.springframework.validation.BeanPropertyBindingResult",
            "org.springframework.validation.BindException",
            "org.springframework.web.bind.MethodArgumentNotValidException",
            "org.springframework.web.bind.support.WebExchangeBindException");
    private static final List<String> MULTIPART_FILES = List.of("org.springframework.web.multipart.MultipartFile");
    /** Apache HttpClient's messages (4 and 5): {@code getFirstHeader(name)} is null for a header the peer did not send. */
    private static final List<String> APACHE_HTTP_MESSAGES = List.of("org.apache.http.HttpMessage",
            "org.apache.http.HttpResponse", "org.apache.http.HttpRequest", "org.apache.http.client.methods.CloseableHttpResponse",
            "org.apache.hc.core5.http.HttpMessage", "org.apache.hc.core5.http.MessageHeaders",
            "org.apache.hc.core5.http.HttpResponse", "org.apache.hc.core5.http.ClassicHttpResponse",
            "org.apache.hc.client5.http.impl.classic.CloseableHttpResponse", "org.apache.hc.core5.http.HttpRequest");
    /** Spring's multipart requests: {@code getFile(name)} is null for a part the client did not upload. */
    private static final List<String> MULTIPART_REQUESTS = List.of("org.springframework.web.multipart.MultipartRequest",
            "org.springframework.web.multipart.MultipartHttpServletRequest",
            "org.springframework.web.multipart.support.StandardMultipartHttpServletRequest");
    /** JAX-RS views of a request's headers: {@code getHeaderString(name)} is null for a header the client did not send. */
    private static final List<String> JAX_RS_HEADERS = List.of("jakarta.ws.rs.core.HttpHeaders",
            "jakarta.ws.rs.container.ContainerRequestContext", "jakarta.ws.rs.client.ClientRequestContext",
            "javax.ws.rs.core.HttpHeaders", "javax.ws.rs.container.ContainerRequestContext",
            "javax.ws.rs.client.ClientRequestContext");
    /** JAX-RS multi-valued maps (query and path parameters, headers): {@code getFirst(key)} is null for a key absent. */
    private static final List<String> JAX_RS_MULTI_VALUE_MAPS = List.of("jakarta.ws.rs.core.MultivaluedMap",
            "jakarta.ws.rs.core.MultivaluedHashMap", "javax.ws.rs.core.MultivaluedMap", "javax.ws.rs.core.MultivaluedHashMap");
    private static final List<String> MULTI_VALUE_MAPS = List.of("org.springframework.util.MultiValueMap",
            "org.springframework.util.LinkedMultiValueMap", "org.springframework.http.HttpHeaders");
    private static final List<String> HTTP_ENTITIES = List.of("org.springframework.http.HttpEntity",
            "org.springframework.http.ResponseEntity", "org.springframework.http.RequestEntity");
    private static final List<String> REST_TEMPLATES = List.of("org.springframework.web.client.RestTemplate",
            "org.springframework.web.client.RestOperations");
    private static final List<String> JDBC_TEMPLATES = List.of("org.springframework.jdbc.core.JdbcTemplate",
            "org.springframework.jdbc.core.JdbcOperations",
            "org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate",
            "org.springframework.jdbc.core.namedparam.NamedParameterJdbcOperations");
    private static final List<String> CACHE_MANAGERS = List.of("org.springframework.cache.CacheManager");
    private static final List<String> CACHES = List.of("org.springframework.cache.Cache");
    /**
     * JSON trees: {@code get(field)} is null for a field the document lacks ({@code path(field)}
     * is not). A source only for a document a client sent; see {@link #JSON_FIELD_ABSENT}.
     */
    public static final List<String> JSON_NODES = List.of("com.fasterxml.jackson.databind.JsonNode",
            "com.fasterxml.jackson.databind.node.ObjectNode", "com.fasterxml.jackson.databind.node.ArrayNode",
            "com.google.gson.JsonObject");
    /** Why a JSON tree's field may be null. */
    public static final String JSON_FIELD_ABSENT = "the client's document may lack the field";

    /** Why a request or session attribute may be null. */
    public static final String ATTRIBUTE_UNSET = "the attribute may be unset";
    /**
     * Why {@code queryForObject(sql, Long.class, ..)} may return null: the single value is SQL
     * NULL, as an aggregate over no rows is ({@code SELECT MAX(id) FROM t} of an empty table).
     */
    public static final String SINGLE_VALUE_NULL = "the value may be SQL NULL, as an aggregate over no rows is";
    /** The system properties every Java runtime defines (the {@code System.getProperties()} contract). */
    public static final Set<String> STANDARD_PROPERTIES = Set.of("java.version", "java.vendor", "java.vendor.url",
            "java.home", "java.vm.specification.version", "java.vm.specification.vendor", "java.vm.specification.name",
            "java.vm.version", "java.vm.vendor", "java.vm.name", "java.specification.version",
            "java.specification.vendor", "java.specification.name", "java.class.version", "java.class.path",
            "java.library.path", "java.io.tmpdir", "os.name", "os.arch", "os.version", "file.separator",
            "path.separator", "line.separator", "user.name", "user.home", "user.dir");

    /** Why a system property, a Spring property or one of a {@code Properties} may be null. */
    public static final String PROPERTY_UNSET = "the property may be unset";
    /** Why a column read from a result set may be null. */
    public static final String SQL_NULL = "the column may be SQL NULL";

    public static final List<Source> SOURCES = List.of(
            new Source(List.of(), "java.lang.System", Set.of("getenv"), 1, "the variable may be unset"),
            new Source(List.of(), "java.lang.System", Set.of("getProperty"), 1, PROPERTY_UNSET),
            new Source(List.of(), "java.lang.Integer", Set.of("getInteger"), 1, PROPERTY_UNSET),
            new Source(List.of("java.io.BufferedReader", "java.io.LineNumberReader"), null, Set.of("readLine"), 0,
                    "the input may have ended"),
            new Source(List.of("java.io.Console"), null, Set.of("readLine", "readPassword"), -1, "the input may have ended"),
            new Source(List.of(), "java.lang.Long", Set.of("getLong"), 1, PROPERTY_UNSET),
            new Source(List.of("java.util.jar.Attributes"), null, Set.of("getValue"), 1, "the jar's manifest may not say it"),
            new Source(List.of("java.net.URLConnection", "java.net.HttpURLConnection", "javax.net.ssl.HttpsURLConnection"),
                    null, Set.of("getHeaderField"), 1, "the server may not send the header"),
            new Source(APACHE_HTTP_MESSAGES, null, Set.of("getFirstHeader", "getLastHeader"), 1,
                    "the server may not send the header"),
            new Source(MAPS, null, Set.of("get"), 1, "the key may be absent"),
            new Source(List.of("java.lang.Class"), null, Set.of("getResource", "getResourceAsStream"), 1,
                    "the resource may be missing"),
            new Source(List.of("java.lang.ClassLoader"), null, Set.of("getResource", "getResourceAsStream"), 1,
                    "the resource may be missing"),
            new Source(List.of("java.io.File"), null, Set.of("listFiles", "list"), -1,
                    "the path may not be a readable directory"),
            new Source(THROWABLES_ONLY, null, Set.of("getMessage", "getLocalizedMessage"), 0,
                    "an exception may have no message"),
            new Source(REFERENCES, null, Set.of("get"), 0, "the referent may have been collected"),
            new Source(REQUESTS, null, Set.of("getParameter"), 1, "the parameter may be absent"),
            new Source(REQUESTS, null, Set.of("getHeader"), 1, "the client may not send the header"),
            new Source(REQUESTS, null, Set.of("getAttribute"), 1, ATTRIBUTE_UNSET),
            new Source(REQUESTS, null, Set.of("getCookies"), 0, "the request may carry no cookies"),
            new Source(REQUESTS, null, Set.of("getQueryString"), 0, "the request may have no query string"),
            new Source(REQUESTS, null, Set.of("getPathInfo"), 0, "the request may have no extra path"),
            new Source(REQUESTS, null, Set.of("getContentType", "getCharacterEncoding"), 0,
                    "the client may not declare it"),
            new Source(SERVLET_CONTEXTS, null, Set.of("getRealPath"), 1,
                    "the application may not be unpacked on a file system"),
            new Source(List.of("java.lang.Package"), null, Set.of("getImplementationVersion", "getImplementationTitle",
                    "getImplementationVendor", "getSpecificationVersion", "getSpecificationTitle",
                    "getSpecificationVendor"), 0, "the jar's manifest may not say it"),
            new Source(SESSIONS, null, Set.of("getAttribute"), 1, ATTRIBUTE_UNSET),
            new Source(RESULT_SETS, null, Set.of("getObject", "getArray", "getBlob", "getClob", "getNClob", "getURL",
                    "getCharacterStream", "getNCharacterStream", "getBinaryStream", "getAsciiStream", "getRef",
                    "getSQLXML"), -1, SQL_NULL),
            new Source(ENTITY_MANAGERS, null, Set.of("find"), -1, "no row may match"),
            new Source(List.of("java.util.Properties"), null, Set.of("getProperty"), 1, PROPERTY_UNSET),
            new Source(PROPERTY_RESOLVERS, null, Set.of("getProperty"), 1, PROPERTY_UNSET),
            new Source(SERVLET_CONFIGS, null, Set.of("getInitParameter"), 1, "the parameter may be unset"),
            new Source(REQUESTS, null, Set.of("getParameterValues"), 1, "the parameter may be absent"),
            new Source(REQUESTS, null, Set.of("getUserPrincipal", "getRemoteUser"), 0,
                    "the request may not be authenticated"),
            new Source(SECURITY_CONTEXTS, null, Set.of("getAuthentication"), 0,
                    "the thread may carry no authentication"),
            new Source(List.of(), "org.springframework.web.context.request.RequestContextHolder",
                    Set.of("getRequestAttributes"), 0, "the thread may not be serving a request"),
            new Source(BINDING_RESULTS, null, Set.of("getFieldError"), -1, "only global errors may have been found"),
            new Source(BINDING_RESULTS, null, Set.of("getGlobalError"), 0, "only field errors may have been found"),
            new Source(MULTIPART_FILES, null, Set.of("getOriginalFilename", "getContentType"), 0,
                    "the client may not send it"),
            new Source(MULTI_VALUE_MAPS, null, Set.of("getFirst"), 1, "the key may be absent"),
            new Source(JAX_RS_MULTI_VALUE_MAPS, null, Set.of("getFirst"), 1, "the key may be absent"),
            new Source(JAX_RS_HEADERS, null, Set.of("getHeaderString"), 1, "the client may not send the header"),
            new Source(MULTIPART_REQUESTS, null, Set.of("getFile"), 1, "the client may not upload that part"),
            new Source(REQUESTS, null, Set.of("getPart"), 1, "the client may not upload that part"),
            new Source(List.of(), "org.springframework.web.util.WebUtils", Set.of("getCookie"), 2,
                    "the request may carry no such cookie"),
            new Source(List.of(), "org.springframework.web.util.WebUtils", Set.of("getSessionAttribute"), 2,
                    "there may be no session, or no such attribute in it"),
            new Source(List.of(), "org.springframework.web.bind.ServletRequestUtils",
                    Set.of("getStringParameter", "getIntParameter", "getLongParameter", "getBooleanParameter",
                            "getDoubleParameter", "getFloatParameter"), 2, "the parameter may be absent"),
            new Source(HTTP_ENTITIES, null, Set.of("getBody"), 0, "the response may have no body"),
            new Source(JDBC_TEMPLATES, null, Set.of("queryForObject"), -1, SINGLE_VALUE_NULL),
            new Source(REST_TEMPLATES, null, Set.of("getForObject", "postForObject", "patchForObject"), -1,
                    "the response may have no body"),
            new Source(CACHE_MANAGERS, null, Set.of("getCache"), 1, "no cache of that name may be configured"),
            new Source(CACHES, null, Set.of("get"), 1, "the key may not be cached"),
            new Source(JSON_NODES, null, Set.of("get"), 1, JSON_FIELD_ABSENT),
            new Source(List.of(), "java.lang.System", Set.of("console"), 0, "the process may have no console"),
            new Source(List.of("org.springframework.beans.factory.ObjectProvider"), null,
                    Set.of("getIfAvailable", "getIfUnique"), 0, "no such bean may exist"));

    /** {@code Type.method} calls that never return: they throw to fail a test or a check, or end the process. */
    public static final Set<String> FAILURES = Set.of("Assert.fail", "Assertions.fail", "AssertionErrors.fail",
            "Fail.fail", "TestCase.fail", "System.exit");

    /** {@code request.getSession(false)}: null when the request has no session. */
    public static final Source SESSION_IF_ANY = new Source(REQUESTS, null, Set.of("getSession"), 1,
            "there may be no session");

    /**
     * Library calls that throw {@code NullPointerException} when their first argument is
     * null: parsing a missing request value ({@code UUID.fromString(request.getParameter("id"))},
     * {@code LocalDate.parse(..)}) fails there, not with a message about the missing value.
     */
    public static final List<Source> NULL_HOSTILE = List.of(
            new Source(List.of(), "java.util.UUID", Set.of("fromString"), 1, "throws NullPointerException for null"),
            new Source(List.of(), "java.time.LocalDate", Set.of("parse"), -1, "throws NullPointerException for null"),
            new Source(List.of(), "java.time.LocalDateTime", Set.of("parse"), -1, "throws NullPointerException for null"),
            new Source(List.of(), "java.time.LocalTime", Set.of("parse"), -1, "throws NullPointerException for null"),
            new Source(List.of(), "java.time.Instant", Set.of("parse"), 1, "throws NullPointerException for null"),
            new Source(List.of(), "java.time.OffsetDateTime", Set.of("parse"), -1, "throws NullPointerException for null"),
            new Source(List.of(), "java.time.ZonedDateTime", Set.of("parse"), -1, "throws NullPointerException for null"),
            new Source(List.of(), "java.time.Duration", Set.of("parse"), 1, "throws NullPointerException for null"),
            new Source(List.of(), "java.util.Optional", Set.of("of"), 1, "throws NullPointerException for null"),
            new Source(List.of(), "java.util.regex.Pattern", Set.of("compile"), -1, "throws NullPointerException for null"),
            new Source(List.of(), "java.net.URLEncoder", Set.of("encode"), -1, "throws NullPointerException for null"),
            new Source(List.of(), "java.net.URLDecoder", Set.of("decode"), -1, "throws NullPointerException for null"),
            new Source(List.of(), "java.net.URI", Set.of("create"), 1, "throws NullPointerException for null"),
            new Source(List.of(), "java.nio.file.Paths", Set.of("get"), -1, "throws NullPointerException for null"),
            new Source(List.of(), "java.nio.file.Path", Set.of("of"), -1, "throws NullPointerException for null"),
            new Source(List.of("java.lang.String"), null, Set.of("contains", "startsWith", "endsWith", "concat",
                    "compareTo", "compareToIgnoreCase", "split", "matches"), -1, "throws NullPointerException for null"));

    /** Simple names of annotations that declare a value may be null. */
    public static final Set<String> NULLABLE_ANNOTATIONS = Set.of("Nullable", "CheckForNull");

    /**
     * Spring Data repositories: interfaces extending one of these (simple names). Their
     * query methods that return an entity rather than an {@code Optional} or a collection
     * return null when no row matches.
     */
    public static final Set<String> REPOSITORIES = Set.of("Repository", "CrudRepository", "ListCrudRepository",
            "PagingAndSortingRepository", "ListPagingAndSortingRepository", "JpaRepository", "MongoRepository",
            "JpaSpecificationExecutor", "QuerydslPredicateExecutor", "R2dbcRepository");

    /** Prefixes of the query methods Spring Data derives. */
    public static final List<String> QUERY_PREFIXES = List.of("find", "get", "read", "query", "search", "stream");

    /** Repository methods that throw when no row matches, rather than return null. */
    public static final Set<String> THROWING_LOOKUPS = Set.of("getReferenceById", "getById", "getOne");

    /** Return types (as written, without type arguments) that are never null for a query method. */
    public static final Set<String> NEVER_NULL_RESULTS = Set.of("Optional", "List", "Set", "Collection", "Iterable",
            "Stream", "Page", "Slice", "Map", "Window", "Mono", "Flux", "void", "boolean", "int", "long", "double",
            "float", "short", "byte", "char", "Streamable", "SortedSet", "Sort");

    /**
     * Calls that guarantee their argument is not null once they return: argument index 0
     * of these {@code Type.method} names (read through the file's imports).
     */
    public static final Set<String> NON_NULL_ASSERTIONS = Set.of("Objects.requireNonNull",
            "Objects.requireNonNullElse", "Assert.notNull", "Assert.hasText", "Assert.hasLength",
            "Preconditions.checkNotNull", "Validate.notNull", "Validate.notBlank", "Validate.notEmpty",
            "Verify.verifyNotNull", "Assertions.assertNotNull", "Assert.assertNotNull", "AssertionErrors.assertNotNull",
            "TestCase.assertNotNull");

    /** {@code Type.method} calls that return only when their boolean argument 0 holds. */
    public static final Set<String> CONDITION_ASSERTIONS = Set.of("Assert.state", "Assert.isTrue",
            "Preconditions.checkState", "Preconditions.checkArgument", "Validate.isTrue", "Validate.validState",
            "Verify.verify", "Assertions.assertTrue", "Assert.assertTrue", "AssertionErrors.assertTrue",
            "TestCase.assertTrue", "Assumptions.assumeTrue", "Assume.assumeTrue");

    /**
     * Names of static methods that, on any class, return only when their boolean argument 0
     * holds: the precondition idiom that projects copy into utility classes of their own
     * ({@code E.checkArgument(token != null, "..")}).
     */
    public static final Set<String> CONDITION_ASSERTION_NAMES = Set.of("checkArgument", "checkState");

    /** Whether {@code Type.method(cond, ..)} returns only when {@code cond} holds. */
    public static boolean assertsCondition(String type, String method) {
        return CONDITION_ASSERTIONS.contains(type + "." + method)
                || CONDITION_ASSERTION_NAMES.contains(method) && !type.isEmpty() && Character.isUpperCase(type.charAt(0));
    }

    /** {@code Type.method} calls that are true only for a non-null argument 0. */
    public static final Set<String> NON_NULL_WHEN_TRUE = Set.of("Objects.nonNull", "StringUtils.hasText",
            "StringUtils.hasLength", "StringUtils.isNotEmpty", "StringUtils.isNotBlank", "ObjectUtils.isNotEmpty",
            "CollectionUtils.isNotEmpty", "Strings.isNotEmpty", "Strings.isNotBlank", "ArrayUtils.isNotEmpty",
            "MapUtils.isNotEmpty", "StringUtils.isNoneEmpty", "StringUtils.isNoneBlank", "ObjectHelper.isNotEmpty");

    /** {@code Type.method} calls that are false only for a non-null argument 0. */
    public static final Set<String> NON_NULL_WHEN_FALSE = Set.of("Objects.isNull", "StringUtils.isEmpty",
            "StringUtils.isBlank", "ObjectUtils.isEmpty", "CollectionUtils.isEmpty", "Strings.isNullOrEmpty",
            "Strings.isEmpty", "Strings.isBlank", "ArrayUtils.isEmpty", "MapUtils.isEmpty", "ObjectHelper.isEmpty");

    private NullSources() {
    }
}
