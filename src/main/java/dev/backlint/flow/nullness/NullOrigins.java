package dev.backlint.flow.nullness;

import com.github.javaparser.ast.ImportDeclaration;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.CallableDeclaration;
import com.github.javaparser.ast.body.ClassOrInterfaceDeclaration;
import com.github.javaparser.ast.body.ConstructorDeclaration;
import com.github.javaparser.ast.body.EnumDeclaration;
import com.github.javaparser.ast.body.FieldDeclaration;
import com.github.javaparser.ast.body.Parameter;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.AnnotationExpr;
import com.github.javaparser.ast.expr.ArrayInitializerExpr;
import com.github.javaparser.ast.expr.AssignExpr;
import com.github.javaparser.ast.expr.BinaryExpr;
import com.github.javaparser.ast.expr.CastExpr;
import com.github.javaparser.ast.expr.ClassExpr;
import com.github.javaparser.ast.expr.ConditionalExpr;
import com.github.javaparser.ast.expr.EnclosedExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.InstanceOfExpr;
import com.github.javaparser.ast.expr.LambdaExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.NullLiteralExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import com.github.javaparser.ast.expr.StringLiteralExpr;
import com.github.javaparser.ast.expr.TypePatternExpr;
import com.github.javaparser.ast.expr.UnaryExpr;
import com.github.javaparser.ast.stmt.BlockStmt;
import com.github.javaparser.ast.stmt.ExpressionStmt;
import com.github.javaparser.ast.stmt.IfStmt;
import com.github.javaparser.ast.stmt.LocalClassDeclarationStmt;
import com.github.javaparser.ast.stmt.ReturnStmt;
import com.github.javaparser.ast.stmt.Statement;
import com.github.javaparser.ast.type.ClassOrInterfaceType;
import dev.backlint.api.Constants;
import dev.backlint.api.ModelOptions;
import dev.backlint.api.RuleContext;
import dev.backlint.api.ScannedType;
import dev.backlint.engine.FactExtractor;
import dev.backlint.flow.Destination;
import dev.backlint.flow.Implementations;
import dev.backlint.matchers.CallMatcher;
import dev.backlint.models.NullSources;
import dev.backlint.resolve.Body;
import dev.backlint.resolve.DeclaredTypes;
import dev.backlint.resolve.Scopes;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiPredicate;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Where null comes from in the code of one file: library calls of the {@link NullSources}
 * table, methods of the scanned sources that may return null ({@link NullableMembers}, of
 * this file or of another), and the checks and assertions that rule it out.
 */
final class NullOrigins {

    /** The text indexes the origins of null read: the keys put in maps, and implementations by name. */
    static java.util.List<dev.backlint.api.TextIndexKind> textIndexes() {
        return java.util.List.of(KeysPut.KIND, dev.backlint.flow.Implementations.KIND);
    }

    private static final int MAX_TEXT = 60;

    /**
     * Where a null may come from.
     *
     * @param source the call, parameter or field
     * @param text   how a message names it
     * @param reason why it may be null
     * @param call   whether it is a call (a value returned) rather than a variable
     * @param definite whether the value is null on every path, not only on some
     */
    record Origin(Node source, String text, String reason, boolean call, boolean definite) {
        Origin(Node source, String text, String reason, boolean call) {
            this(source, text, reason, call, false);
        }
    }

    /** One table row with the matcher made from it. */
    private record Row(NullSources.Source source, CallMatcher matcher) {
    }

    private static final Map<String, List<Row>> ROWS = rows(NullSources.SOURCES);
    /** Library calls that throw for a null first argument, by method name. */
    private static final Map<String, List<Row>> HOSTILE = rows(NullSources.NULL_HOSTILE);
    private static final CallMatcher GET_SESSION = matcher(NullSources.SESSION_IF_ANY);

    private final RuleContext context;
    /** The flow of each body that creates lambdas, run once for the states where they are created. */
    final Map<Node, NullnessFlow> aroundLambdas = new IdentityHashMap<>();
    /** What {@link #membersOf} found for each call and key: the flow asks again on each pass. */
    private final Map<MethodCallExpr, Map<String, Optional<Map<String, String>>>> looked = new IdentityHashMap<>();
    private final Map<Node, Map<String, Optional<Map<String, NullableText.Verdict>>>> texts = new IdentityHashMap<>();
    private final Map<Node, Map<String, Optional<ScannedType>>> types = new IdentityHashMap<>();
    private final Map<MethodCallExpr, Boolean> neverReturning = new IdentityHashMap<>();
    private final Map<MethodCallExpr, String> printed = new IdentityHashMap<>();
    private final Map<TypeDeclaration<?>, Map<String, String>> ownMembers = new IdentityHashMap<>();

    NullOrigins(RuleContext context) {
        this.context = context;
    }

    Constants constants() {
        return context.constants();
    }

    private static Map<String, List<Row>> rows(List<NullSources.Source> sources) {
        Map<String, List<Row>> rows = new HashMap<>();
        for (NullSources.Source source : sources) {
            Row row = new Row(source, matcher(source));
            source.methods().forEach(method -> rows.computeIfAbsent(method, k -> new ArrayList<>()).add(row));
        }
        return Map.copyOf(rows);
    }

    private static CallMatcher matcher(NullSources.Source source) {
        return source.staticOwner() != null ? CallMatcher.staticCall(source.staticOwner(), source.methods())
                : CallMatcher.instance(source.receivers(), source.methods());
    }

    /** Reads by a key that a {@code containsKey} of the same object and key guards. */
    private static final Set<String> KEYED_READS = Set.of("get", "getProperty", "getFirst");

    /** Lookups by a name that the same object also lists: a name from its list finds a value. */
    private static final Set<String> NAMED_LOOKUPS = Set.of("getProperty", "getParameter", "getParameterValues",
            "getHeader", "getAttribute", "getInitParameter");

    /** The key {@code present} is asked with for "the file is known to be a directory". */
    static final Expression DIRECTORY = new NameExpr("isDirectory");

    /**
     * Whether the call may return null, and why. {@code present} tells whether a
     * {@code map.get(key)} reads a key known to be there (or, with {@link #DIRECTORY} as the
     * key, whether a file is known to be a directory).
     */
    Optional<Origin> of(MethodCallExpr call, BiPredicate<Expression, Expression> present,
                        Predicate<Expression> mayBeNull) {
        String name = call.getNameAsString();
        if (present.test(call, null)) {
            return Optional.empty(); // a getter the code checked a moment ago
        }
        Row row = matchedRow(call);
        if (row != null) {
            if (!rowMaySource(call) || KEYED_READS.contains(name) && call.getArguments().size() == 1
                    && call.getScope().isPresent() && present.test(call.getScope().get(), call.getArgument(0))) {
                return Optional.empty(); // in no state, or a key this state knows is there
            }
            if ((name.equals("listFiles") || name.equals("list")) && call.getScope().isPresent()
                    && present.test(call.getScope().get(), DIRECTORY)) {
                return Optional.empty(); // a directory tested a moment ago
            }
            return Optional.of(new Origin(call, text(call), row.source().reason(), true));
        }
        String configured = configuredReason(call);
        if (configured != null) {
            return Optional.of(new Origin(call, text(call), configured, true));
        }
        if (name.equals("getSession") && call.getArguments().size() == 1
                && call.getArgument(0).isBooleanLiteralExpr() && !call.getArgument(0).asBooleanLiteralExpr().getValue()
                && GET_SESSION.matches(call, context)) {
            return Optional.of(new Origin(call, text(call), NullSources.SESSION_IF_ANY.reason(), true));
        }
        String fallback = nullFallback(call);
        if (fallback != null) {
            return Optional.of(new Origin(call, text(call), fallback, true));
        }
        return scannedSource(call, mayBeNull).map(reason -> new Origin(call, text(call), reason, true));
    }

    /**
     * Why a method the project's configuration names as nullable-returning may return null
     * at this call (an instance or a static call of it); {@code null} when it names none.
     */
    private String configuredReason(MethodCallExpr call) {
        List<ModelOptions.Method> named = ModelOptions.named(context.project().options().nullableMethods(),
                call.getNameAsString());
        for (ModelOptions.Method method : named) {
            Set<String> names = Set.of(method.name());
            if (CallMatcher.instance(List.of(method.type()), names).matches(call, context)
                    || CallMatcher.staticCall(method.type(), names).matches(call, context)) {
                return "`" + method.simpleType() + "." + method.name() + "` may return null (" + CONFIGURED + ")";
            }
        }
        return null;
    }

    /** Where a reason the project's configuration gives comes from, as messages say it. */
    static final String CONFIGURED = "nullable-methods of backlint.yml";

    /**
     * Why a method of the scanned sources may return null at this call: for a reason from
     * outside the program, or for any reason where it is asked for what a client sent;
     * unless the code around it rules that out (a key the code stores, a lookup repeated
     * after creating what it looks for, the identifier of an object the code holds).
     */
    private Optional<String> scannedSource(MethodCallExpr call, Predicate<Expression> mayBeNull) {
        boolean client = call.getArguments().stream().anyMatch(MapKeys::clientValue);
        return scannedMethod(call, mayBeNull, client).filter(reason -> fromOutside(reason) || client)
                .filter(reason -> !reason.equals(NullableMembers.ALWAYS_NULL) || runsExactly(call))
                .filter(reason -> !reason.equals(NullSources.PROPERTY_UNSET) || !standardKey(call))
                .filter(reason -> !keyPutByTheCode(call) && !foundAgainAfterCreating(call))
                .filter(reason -> !byHeldIdentifier(call) && !byEntityValue(call));
    }

    /**
     * Whether a method of the scanned sources returns null for a reason outside the program:
     * a query that matches no row, input that does not parse, or a value it passes on from a
     * client or the environment ({@code return request.getParameter(name);}). Not a method
     * declared {@code @Nullable} or one that returns null on some path of its own: when it
     * does is decided by the program's state, which its callers keep as an invariant far more
     * often than not, and which a reading of the caller cannot see. Such a method is a
     * source only where what it is asked for is what a client sent
     * ({@code Operator.forQuery(request.getParameter("op"))},
     * {@code BearerTokens.fromHeader(authorization)} of a {@code @RequestHeader}).
     */
    private static boolean fromOutside(String reason) {
        return !reason.equals(NullableMembers.RETURNS_NULL) && !reason.equals(NullableMembers.DECLARED);
    }

    /**
     * Whether the method a call runs is the one its facts describe: a call on a new object or
     * a class ({@code new Source().badSource()}, {@code Helper.read()}), or a call through
     * {@code this} of a method no subclass can override.
     */
    private boolean runsExactly(MethodCallExpr call) {
        if (exactReceiver(call)) {
            return true;
        }
        String key = call.getNameAsString() + "/" + call.getArguments().size();
        return (call.getScope().isEmpty() || call.getScope().get().isThisExpr())
                && membersOf(call, key, false).filter(members -> !members.containsKey(NullableMembers.VIRTUAL + key)).isPresent();
    }

    /**
     * Whether a lookup is keyed by a value read from a persisted entity of the scanned sources
     * ({@code OrcidEntityType.fromEntityType(queue.getRecordType())}, where {@code OrcidQueue}
     * is an {@code @Entity}): the code stored that value, and it names something that exists.
     */
    private boolean byEntityValue(MethodCallExpr call) {
        return keyGetters(call).anyMatch(getter -> getter.getNameAsString().startsWith("get")
                && NullnessFlow.unwrap(getter.getScope().get()) instanceof NameExpr holder
                && DeclaredTypes.writtenTypeOf(holder).flatMap(written -> typeOf(written, call))
                .filter(type -> type.annotations().contains("Entity")).isPresent());
    }

    /**
     * The getters a lookup is keyed by: an argument that is a getter of an object
     * ({@code rest.getId()}), through conversions ({@code UUID.fromString(..)}) and a local
     * that holds only it ({@code String id = rest.getId();}).
     */
    private Stream<MethodCallExpr> keyGetters(MethodCallExpr call) {
        return call.getArguments().stream().map(NullOrigins::unconverted)
                .map(key -> key instanceof NameExpr name ? constants().onlyValue(name).map(NullOrigins::unconverted).orElse(key) : key)
                .filter(key -> key instanceof MethodCallExpr getter && getter.getArguments().isEmpty()
                        && getter.getScope().isPresent())
                .map(MethodCallExpr.class::cast);
    }

    /**
     * Whether a row of the sources table may match the call, told from its name, its
     * number of arguments and, where the code declares it, its receiver's type: not a
     * call on a type that no row's receiver is nor has among its subtypes ({@code
     * list.get(i)}, {@code supplier.get()}). Only then is the receiver's type resolved.
     */
    private static boolean rowMayMatch(MethodCallExpr call) {
        if (call.getNameAsString().equals("get") && call.getArguments().size() == 1 && call.getScope().isPresent()
                && !MapKeys.mayLackKeys(call) && !cacheLike(call.getScope().get())
                && !MapKeys.clientValue(call.getScope().get())) {
            return false; // a map lookup by the program's own key, told before the receiver's type is asked
        }
        List<Row> rows = ROWS.get(call.getNameAsString());
        if (rows == null || rows.stream().noneMatch(row -> row.source().arity() < 0
                || row.source().arity() == call.getArguments().size())) {
            return false;
        }
        Optional<String> written = call.getScope().flatMap(DeclaredTypes::writtenTypeOf);
        if (call.getScope().isPresent() && call.getScope().get() instanceof NameExpr owner && typeName(owner)
                && rows.stream().allMatch(row -> row.source().staticOwner() == null)) {
            return false; // TransactionSynchronizationManager.getResource(key): a static call, not one on an instance
        }
        if (written.isPresent() && rows.stream().allMatch(row -> row.source().receivers() == NullSources.THROWABLES_ONLY)) {
            // an exception's message counts only for the catch-all types, or a class of this file built without one
            String simple = written.get().substring(written.get().lastIndexOf('.') + 1);
            return NullSources.THROWABLES_ONLY.stream().anyMatch(type -> type.endsWith("." + simple))
                    || call.findCompilationUnit().flatMap(unit -> unit.findFirst(ClassOrInterfaceDeclaration.class,
                            type -> type.getNameAsString().equals(simple))).isPresent();
        }
        return written.isEmpty() || !NOT_RECEIVERS.contains(written.get().substring(written.get().lastIndexOf('.') + 1));
    }

    /**
     * Whether a name that no declaration in scope gives a type is written as a class's name
     * ({@code Collections}, not {@code LOG} or {@code request}): a call on it is a static call.
     */
    private static boolean typeName(NameExpr name) {
        String text = name.getNameAsString();
        return Character.isUpperCase(text.charAt(0)) && !text.equals(text.toUpperCase(Locale.ROOT))
                && DeclaredTypes.declaration(name).isEmpty();
    }

    /**
     * Whether a receiver may be a Spring cache, whose {@code get(key)} misses for a key not
     * cached: its declared type is named so, or, where no declaration tells the type, the
     * expression names a cache ({@code cacheManager.getCache("users")}). Asking the solver
     * about every {@code get} on a chained call would cost far more than the rare cache
     * found that way.
     */
    private static boolean cacheLike(Expression receiver) {
        Optional<String> written = DeclaredTypes.writtenTypeOf(receiver);
        return written.isPresent() ? written.get().endsWith("Cache")
                : receiver.toString().toLowerCase(Locale.ROOT).contains("cache");
    }

    /** Library types that are no receiver of a row of the sources table, nor a supertype of one. */
    private static final Set<String> NOT_RECEIVERS = Set.of("List", "ArrayList", "Set", "HashSet", "LinkedHashSet",
            "TreeSet", "SortedSet", "NavigableSet", "Collection", "Iterable", "Iterator", "ListIterator", "Optional",
            "Supplier", "Function", "BiFunction", "Callable", "Runnable", "AtomicReference",
            "AtomicInteger", "AtomicLong", "AtomicBoolean", "Future", "CompletableFuture",
            "CompletionStage", "String", "StringBuilder", "Stream", "Object", "BitSet", "Enumeration");

    /**
     * Whether a lookup's key is the identifier of an object the code holds ({@code
     * itemService.find(context, event.getSubjectID())}, {@code find(UUID.fromString(rest.getUuid()))},
     * {@code entityManager.find(Order.class, line.getOrderId())}): a reference the data keeps
     * names a row that exists. Not the identifier of what a client sent (a parameter bound
     * from the request body or a form, an object whose type is named as a request, a DTO, a
     * form or a command), which may name nothing.
     */
    private boolean byHeldIdentifier(MethodCallExpr call) {
        return keyGetters(call).anyMatch(getter -> IDENTIFIER_GETTER.matcher(getter.getNameAsString()).matches()
                && !fromClient(getter.getScope().get()))
                || call.getArguments().stream().map(NullOrigins::unconverted).anyMatch(NullOrigins::identifierField);
    }

    /**
     * Whether a key is an identifier field of this object that only its constructors set
     * ({@code this.uuid = uuid;}, read as {@code find(context, uuid)}): the object was made
     * for that row by code that had found it.
     */
    private static boolean identifierField(Expression key) {
        String name = key instanceof NameExpr simple ? simple.getNameAsString()
                : key instanceof FieldAccessExpr access && access.getScope().isThisExpr()
                ? access.getNameAsString() : null;
        if (name == null || !IDENTIFIER_FIELD.matcher(name).matches()) {
            return false;
        }
        if (key instanceof NameExpr simple && Scopes.of(simple)
                .filter(found -> found.kind() == Scopes.Kind.FIELD).isEmpty()) {
            return false;
        }
        Optional<TypeDeclaration> type = key.findAncestor(TypeDeclaration.class);
        if (type.isEmpty() || ((TypeDeclaration<?>) type.get()).getFieldByName(name).filter(f -> !f.isStatic()).isEmpty()) {
            return false;
        }
        List<AssignExpr> writes = Checks.fieldWrites((TypeDeclaration<?>) type.get(), name);
        return !writes.isEmpty() && writes.stream().allMatch(write -> write.findAncestor(
                CallableDeclaration.class)
                .filter(ConstructorDeclaration.class::isInstance).isPresent());
    }

    private static final Pattern IDENTIFIER_FIELD = Pattern.compile(
            "(id|uuid|[a-z]\\w*(Id|ID|Uuid|UUID))");

    private static final Pattern IDENTIFIER_GETTER = Pattern.compile(
            "get([A-Z]\\w*)?(Id|ID|Uuid|UUID)");
    /** Conversions that keep what a key names: {@code UUID.fromString(s)}, {@code Long.valueOf(s)}, {@code id.toString()}. */
    private static final Set<String> CONVERSIONS = Set.of("fromString", "valueOf", "parseLong", "parseInt", "toString");
    /** Parameter annotations that bind what a client sent. */
    private static final Set<String> CLIENT_BINDINGS = Set.of("RequestBody", "ModelAttribute", "RequestPart", "Valid",
            "Validated", "RequestParam", "PathVariable");
    /** Endings of type names that stand for what a client sent. */
    private static final List<String> CLIENT_TYPES = List.of("Request", "Dto", "DTO", "Form", "Command", "Payload",
            "Input", "Params");

    /** The key a conversion is applied to, through any number of them. */
    private static Expression unconverted(Expression argument) {
        Expression key = NullnessFlow.unwrap(argument);
        while (key instanceof MethodCallExpr conversion && CONVERSIONS.contains(conversion.getNameAsString())) {
            if (conversion.getArguments().size() == 1 && conversion.getScope().filter(scope -> scope instanceof NameExpr type
                    && Character.isUpperCase(type.getNameAsString().charAt(0))).isPresent()) {
                key = NullnessFlow.unwrap(conversion.getArgument(0));
            } else if (conversion.getArguments().isEmpty() && conversion.getNameAsString().equals("toString")
                    && conversion.getScope().isPresent()) {
                key = NullnessFlow.unwrap(conversion.getScope().get());
            } else {
                break;
            }
        }
        return key;
    }

    /** Whether the object an identifier is read from is, or hangs off, what a client sent. */
    private static boolean fromClient(Expression holder) {
        Expression root = NullnessFlow.unwrap(holder);
        while (true) {
            if (root instanceof MethodCallExpr call && call.getScope().isPresent()) {
                root = NullnessFlow.unwrap(call.getScope().get());
            } else if (root instanceof FieldAccessExpr access && !access.getScope().isThisExpr()) {
                root = NullnessFlow.unwrap(access.getScope());
            } else {
                break;
            }
        }
        if (!(root instanceof NameExpr name)) {
            // what a helper of this object returns, or a field of it, the code holds; anything else may be new
            return !(root instanceof MethodCallExpr || root instanceof FieldAccessExpr);
        }
        Optional<Scopes.Declaration> declaration = Scopes.of(name);
        if (declaration.isEmpty()) {
            return true; // not known: it may be
        }
        if (declaration.get().node() instanceof Parameter parameter
                && parameter.getAnnotations().stream().anyMatch(a -> CLIENT_BINDINGS.contains(a.getName().getIdentifier()))) {
            return true;
        }
        String type = declaration.get().type() == null ? "" : declaration.get().type().asString();
        type = type.contains("<") ? type.substring(0, type.indexOf('<')) : type;
        String simple = type.substring(type.lastIndexOf('.') + 1);
        return CLIENT_TYPES.stream().anyMatch(simple::endsWith);
    }

    /**
     * Whether a call that a row of the table matches may return null in some state of the
     * flow: not a map lookup without a sign that the key may be missing, a name the object
     * listed itself, a lookup by a held object's identifier, or a message or cause of an
     * exception known to have one. What {@link #of} rules out whatever the flow knows.
     */
    private boolean rowMaySource(MethodCallExpr call) {
        Row row = matchedRow(call);
        String name = call.getNameAsString();
        if (name.equals("get") && call.getArguments().size() == 1 && call.getScope().isPresent()
                && (javaMap(row) && (filledEnumMap(call) || !MapKeys.mayLackKeys(call))
                || !javaMap(row) && (MapKeys.keyFromItself(call) || row.source().receivers() == NullSources.JSON_NODES
                        && !MapKeys.clientValue(call.getScope().get())))) {
            // a Java map: only for a map or a key from a client or the environment; a cache:
            // not for a name it listed itself; a JSON tree: only for a document a client sent
            return false;
        }
        if (NAMED_LOOKUPS.contains(name) && MapKeys.keyFromItself(call)) {
            return false; // a name its propertyNames(), getParameterNames() or getHeaderNames() gave
        }
        if (name.equals("find") && byHeldIdentifier(call)) {
            return false; // entityManager.find(Order.class, line.getOrderId())
        }
        if (name.equals("queryForObject") && !aggregateOverRows(call)) {
            return false; // a row mapper's result, a count, or a column the text does not show
        }
        if (name.equals("getProperty") && call.getArguments().size() == 1 && standardProperty(call)) {
            return false; // System.getProperty("os.name"): every JVM sets it
        }
        if (name.startsWith("getResource") && call.getArguments().size() == 1 && classFile(call.getArgument(0))) {
            return false; // Foo.class.getResource(Foo.class.getSimpleName() + ".class"): a loaded class's own file
        }
        if (name.startsWith("getResource") && call.getArguments().size() == 1 && besideItsClass(call)) {
            return false; // InitialContent.class.getResourceAsStream("builtin_nodetypes.cnd"): packaged with the class
        }
        return row.source().receivers() != NullSources.THROWABLES_ONLY || catchAll(call)
                || builtWithoutMessage(call);
    }

    /**
     * Whether a resource name is built to end in {@code ".class"} ({@code getSimpleName() +
     * ".class"}, directly or through a local that holds only it): the class file of a class,
     * which is there once the class is loaded.
     */
    private boolean classFile(Expression name) {
        Expression given = NullnessFlow.unwrap(name);
        Expression whole = given instanceof NameExpr local ? constants().onlyValue(local).map(NullnessFlow::unwrap).orElse(given) : given;
        Expression inner = whole;
        while (inner instanceof BinaryExpr concatenation
                && concatenation.getOperator() == BinaryExpr.Operator.PLUS) {
            inner = NullnessFlow.unwrap(concatenation.getRight());
        }
        return inner instanceof StringLiteralExpr literal && literal.getValue().endsWith(".class")
                && whole != inner;
    }

    /** A query whose one value is an aggregate that is SQL NULL over no rows: {@code SELECT MAX(id) FROM t}. */
    private static final Pattern NULL_AGGREGATE = Pattern.compile(
            "(?is)\\s*select\\s+(max|min|sum|avg)\\s*\\(.*");

    /**
     * Whether a {@code queryForObject} asks for a single value of a type ({@code Long.class})
     * with a query text, known here, that selects {@code MAX}, {@code MIN}, {@code SUM} or
     * {@code AVG}: over no rows those are SQL NULL, and the call returns null. A count is never
     * null, a row mapper decides its own result, and a plain column is reported where its
     * {@code ResultSet} is read, not here.
     */
    private boolean aggregateOverRows(MethodCallExpr call) {
        if (call.getArguments().isEmpty() || call.getArguments().stream().map(NullnessFlow::unwrap)
                .noneMatch(ClassExpr.class::isInstance)) {
            return false;
        }
        return constants().stringValue(call.getArgument(0)).filter(sql -> NULL_AGGREGATE.matcher(sql).matches()).isPresent();
    }

    /** Whether the call reads one of the {@link NullSources#STANDARD_PROPERTIES} from {@code System}. */
    private boolean standardProperty(MethodCallExpr call) {
        return call.getScope().map(Expression::toString).filter(scope -> scope.equals("System")
                || scope.equals("java.lang.System")).isPresent() && standardKey(call);
    }

    /**
     * Whether the one argument of a call is, as a literal or a constant, the name of a
     * property every JVM sets ({@code SystemPropertyConfigUtils.getSystemProperty(SYSTEM_OS_NAME)}
     * of a helper that reads the system property it is given).
     */
    private boolean standardKey(MethodCallExpr call) {
        return call.getArguments().size() == 1
                && constants().stringValue(call.getArgument(0)).filter(NullSources.STANDARD_PROPERTIES::contains).isPresent();
    }

    /**
     * Whether a resource is looked up by a literal name relative to a class literal's package
     * ({@code InitialContent.class.getResourceAsStream("builtin_nodetypes.cnd")}): a file that
     * ships beside the class in its own artifact. A name from the class path's root
     * ({@code "/application.yml"}), or through a class loader, is what a deployment provides,
     * and may be missing.
     */
    private static boolean besideItsClass(MethodCallExpr call) {
        return call.getScope().map(NullnessFlow::unwrap).filter(ClassExpr.class::isInstance)
                .isPresent()
                && NullnessFlow.unwrap(call.getArgument(0)) instanceof StringLiteralExpr literal
                && !literal.getValue().startsWith("/") && !literal.getValue().contains("/");
    }

    /** The row of the sources table a call matches, if any; each call's is looked for once. */
    private Row matchedRow(MethodCallExpr call) {
        Row known = matchedRows.get(call);
        if (known == null) {
            known = NO_ROW;
            for (Row row : rowMayMatch(call) ? ROWS.get(call.getNameAsString()) : List.<Row>of()) {
                if ((row.source().arity() < 0 || row.source().arity() == call.getArguments().size())
                        && row.matcher().matches(call, context)) {
                    known = row;
                    break;
                }
            }
            matchedRows.put(call, known);
        }
        return known == NO_ROW ? null : known;
    }

    private static final Row NO_ROW = new Row(null, null);
    private final Map<MethodCallExpr, Row> matchedRows = new IdentityHashMap<>();

    /**
     * Whether a lookup of the scanned sources by a literal key reads a key the code stores
     * ({@code query.getParameterAsClass("start", Integer.class)} where this file, or another,
     * builds the query with {@code query.addParameter("start", start)}): what it reads is
     * what the code itself filled.
     */
    private boolean keyPutByTheCode(MethodCallExpr call) {
        if (call.getArguments().isEmpty() || !call.getArgument(0).isStringLiteralExpr()) {
            return false;
        }
        if (keysPut == null) {
            keysPut = new HashSet<>();
            for (MethodCallExpr put : context.compilationUnit().findAll(MethodCallExpr.class,
                    c -> c.getArguments().size() >= 2 && c.getArgument(0).isStringLiteralExpr()
                            && PUTS.matcher(c.getNameAsString()).lookingAt())) {
                keysPut.add(put.getArgument(0).asStringLiteralExpr().getValue());
            }
        }
        String key = call.getArgument(0).asStringLiteralExpr().getValue();
        // the file that fills the holder may be another: a query built by its caller
        return keysPut.contains(key) || context.project().textIndex(KeysPut.KIND).contains(key);
    }

    /** Names of calls that store a value under a key: {@code put}, {@code addParameter}, {@code setAttribute}, {@code with}. */
    private static final Pattern PUTS = Pattern.compile("(put|add|set|with)([A-Z]|$)");
    /** The literal keys this file stores values under, read once. */
    private Set<String> keysPut;

    /** Whether a row is one of the Java maps, whose lookups need a sign of a missing key (a cache or a JSON tree does not). */
    private static boolean javaMap(Row row) {
        return row.source().receivers().stream().anyMatch(receiver -> receiver.startsWith("java.util."));
    }

    /**
     * For a call that asks for null as its fallback, why it may return it:
     * {@code optional.orElse(null)} (an empty Optional), {@code map.getOrDefault(key, null)}
     * (a missing key). The code says in so many words that it wants null there; the
     * receiver's type need not be known, as no other common API has these methods.
     */
    /** Whether the call asks for null as its fallback: {@code orElse(null)}, {@code getOrDefault(key, null)}. */
    static boolean asksNullFallback(MethodCallExpr call) {
        return nullFallback(call) != null;
    }

    private static String nullFallback(MethodCallExpr call) {
        int fallback = call.getNameAsString().equals("orElse") ? 0
                : call.getNameAsString().equals("getOrDefault") ? 1 : -1;
        if (fallback < 0 || call.getArguments().size() != fallback + 1 || call.getScope().isEmpty()
                || !NullnessFlow.unwrap(call.getArgument(fallback)).isNullLiteralExpr()) {
            return null;
        }
        return fallback == 0 ? "the Optional may be empty" : "the key may be absent";
    }

    /**
     * Whether the receiver's exception class, declared in this file, has a constructor that
     * sets no message: one without a {@code String} parameter, or none declared at all.
     */
    private boolean builtWithoutMessage(MethodCallExpr call) {
        Optional<String> written = call.getScope().flatMap(DeclaredTypes::writtenTypeOf)
                .map(type -> type.substring(type.lastIndexOf('.') + 1));
        if (written.isEmpty()) {
            return false;
        }
        Optional<ClassOrInterfaceDeclaration> declared = context.compilationUnit()
                .findFirst(ClassOrInterfaceDeclaration.class,
                        type -> type.getNameAsString().equals(written.get()) && !type.isInterface()
                                && type.getExtendedTypes().stream().anyMatch(t -> t.getNameAsString().matches(
                                ".*(Exception|Error|Throwable)")));
        if (declared.isEmpty()) {
            return false;
        }
        List<ConstructorDeclaration> constructors = declared.get().getConstructors();
        return constructors.isEmpty() || constructors.stream().anyMatch(constructor -> constructor.getParameters()
                .stream().noneMatch(parameter -> parameter.getType().asString().equals("String")));
    }

    /**
     * Whether an exception's message is read from a variable declared as one of the
     * catch-all types ({@code Throwable}, {@code Exception}, {@code RuntimeException},
     * {@code Error}), which any exception may reach, with or without one. A particular
     * exception type (a wrapper such as {@code UncheckedIOException}, or a library's own
     * exception) is built with its message by design.
     */
    private static boolean catchAll(MethodCallExpr call) {
        String receiver = call.getScope().map(Expression::toString).orElse("");
        for (Node child = call, parent = call.getParentNode().orElse(null); parent != null
                && !(parent instanceof Statement) || parent instanceof IfStmt;
                child = parent, parent = parent.getParentNode().orElse(null)) {
            Expression test = parent instanceof BinaryExpr binary
                    && binary.getOperator() == BinaryExpr.Operator.AND
                    && binary.getRight() == child ? binary.getLeft()
                    : parent instanceof IfStmt ifStmt && ifStmt.getThenStmt() == child ? ifStmt.getCondition()
                    : parent instanceof ConditionalExpr conditional
                    && conditional.getThenExpr() == child ? conditional.getCondition() : null;
            if (test != null && test.findFirst(InstanceOfExpr.class,
                    instanceOf -> instanceOf.getExpression().toString().equals(receiver)).isPresent()) {
                // cause instanceof JsonMappingException && cause.getMessage()…
                return false;
            }
            if (parent instanceof IfStmt) {
                break;
            }
        }
        // written as the JDK's types: ValidationException.Error is a type of its own
        return call.getScope().flatMap(DeclaredTypes::writtenTypeOf)
                .map(written -> written.startsWith("java.lang.") ? written.substring("java.lang.".length()) : written)
                .filter(simple -> Set.of("Throwable", "Exception", "RuntimeException", "Error").contains(simple))
                .isPresent();
    }

    /**
     * Whether a body may hold a null source that reaches a dereference, read from its
     * syntax: a dereferenced call that may be a source, or a dereferenced variable or field
     * that is {@code @Nullable}, or that takes (through other variables) a call that may be
     * a source or the {@code null} literal, or that is dereferenced where it was just
     * found equal to null. Most bodies have none, and are not walked; calls whose value
     * reaches no dereference are never looked up in other files.
     */
    boolean mayHaveSources(Body body) {
        return anySource(body, true) && mayHaveSources(body, Set.of());
    }

    /**
     * Whether anything in a body may be a source at all, told from its syntax and this
     * file's facts, before a dereference is weighed or a type resolved: a call that the
     * sources table names, a method of this file that may return null, a lookup on a data
     * access object or by what a client sent, a null literal that a variable takes, an
     * argument gets or a test compares with, a nullable parameter or field. Most bodies have
     * none.
     *
     * @param outer whether the body is the one asked about, rather than one around a lambda
     *              (whose variables the lambda may read)
     */
    private boolean anySource(Body body, boolean outer) {
        Node root = body.node();
        boolean[] found = new boolean[1];
        // variables given null, and the places that read them or test them for null
        Set<String> givenNull = new HashSet<>();
        List<BinaryExpr> nullTests = new ArrayList<>();
        List<Expression> reads = new ArrayList<>();
        Body.walkOwn(root, node -> {
            if (found[0] || node == root) {
                return;
            }
            if (node instanceof NullLiteralExpr literal) {
                if (!outer) {
                    found[0] = nullTaken(literal) != null; // around a lambda, which may read what is given null
                    return;
                }
                Node taker = nullTaken(literal);
                if (taker instanceof VariableDeclarator declarator) {
                    givenNull.add(declarator.getNameAsString());
                } else if (taker instanceof AssignExpr assign) {
                    if (isPlace(assign.getTarget())) {
                        givenNull.add(simpleName(assign.getTarget()));
                        // a field given null, which a method of this object called next may read
                        found[0] = ownCallIn(root) && (assign.getTarget() instanceof FieldAccessExpr
                                || DeclaredTypes.declaration(assign.getTarget())
                                        .filter(declared -> declared.kind() == Scopes.Kind.FIELD).isPresent());
                    }
                } else if (taker instanceof BinaryExpr test) {
                    nullTests.add(test);
                } else if (taker instanceof MethodCallExpr call) {
                    found[0] = passedToChecked(call, literal);
                }
            } else if (node instanceof MethodCallExpr call) {
                found[0] = candidate(call);
            } else if (isPlace(node)) {
                reads.add((Expression) node);
            }
        });
        if (found[0]) {
            return true;
        }
        // nullable parameters and fields hold null as a variable given it does
        body.parameters().stream().filter(NullableMembers::isNullable).forEach(p -> givenNull.add(p.getNameAsString()));
        givenNull.addAll(nullableFieldsAround(body));
        if (!outer && !givenNull.isEmpty()) {
            return true; // around a lambda, which may read them
        }
        if (!givenNull.isEmpty() || !nullTests.isEmpty()) {
            Set<String> tested = new HashSet<>();
            nullTests.forEach(test -> tested.add(simpleName(NullnessFlow.unwrap(Checks.comparedWithNull(test).get()))));
            Set<String> dereferenced = new HashSet<>();
            for (Expression read : reads) {
                String name = simpleName(read);
                if (givenNull.contains(name) && (NullnessFlow.dereferencer(read) != null || passedOn(read))) {
                    return true; // given null, and read where null would throw or go on to a call
                }
                if (tested.contains(name) && NullnessFlow.dereferencer(read) != null) {
                    dereferenced.add(name);
                }
            }
            if (nullTests.stream().anyMatch(test -> dereferencedWhereNull(test, dereferenced))) {
                return true;
            }
        }
        if (root instanceof LambdaExpr) {
            Optional<Body> around = Body.enclosing(root);
            return around.isPresent() && anySource(around.get(), false);
        }
        return false;
    }

    /** Whether a body calls a method of its own object. */
    private static boolean ownCallIn(Node root) {
        return root.findFirst(MethodCallExpr.class, call -> call.getScope().isEmpty() || call.getScope().get().isThisExpr())
                .isPresent();
    }

    /** Whether a variable is read as an argument, or as the value of another variable, which may carry its null on. */
    private static boolean passedOn(Expression read) {
        Destination where = Destination.of(read);
        Node parent = where.parent();
        return parent instanceof MethodCallExpr call && call.getArguments().contains(where.child())
                || parent instanceof ObjectCreationExpr
                || parent instanceof VariableDeclarator || parent instanceof AssignExpr assign && assign.getValue() == where.child()
                || parent instanceof ReturnStmt || parent instanceof ArrayInitializerExpr;
    }

    /**
     * Whether a null literal passed to a call may meet a method that dereferences it: a
     * method of this file's class that does, or a method of another class named at the call
     * ({@code Helper.process(null)}) or created for it, whose facts are read only if the body
     * goes on.
     */
    private boolean passedToChecked(MethodCallExpr call, NullLiteralExpr literal) {
        if (runsKnownMethod(call)) {
            return true;
        }
        if (call.getScope().isPresent() && !call.getScope().get().isThisExpr()) {
            return false;
        }
        int index = -1;
        for (int i = 0; i < call.getArguments().size(); i++) {
            if (NullnessFlow.unwrap(call.getArgument(i)) == literal || call.getArgument(i).isAncestorOf(literal)) {
                index = i;
            }
        }
        return index >= 0 && (dereferencesArgument(call, index) || dereferencesArgumentUnderCondition(call, index));
    }

    /**
     * What takes a null literal, if it may reach a dereference in its body: a variable given it
     * (through a conditional's arm), a call of a method of this file or of a class named that
     * gets it, or a test that compares a variable with it (the branch where the variable is
     * null); otherwise null.
     */
    private Node nullTaken(NullLiteralExpr literal) {
        Destination where = Destination.of(literal);
        Node child = where.child();
        Node parent = where.parent();
        if (parent instanceof VariableDeclarator || parent instanceof AssignExpr) {
            return parent;
        }
        if (parent instanceof MethodCallExpr call && call.getArguments().contains(child)) {
            return call.getScope().isEmpty() || call.getScope().get().isThisExpr() || runsKnownMethod(call) ? call : null;
        }
        return parent instanceof BinaryExpr binary && Checks.comparedWithNull(binary)
                .map(NullnessFlow::unwrap).filter(tested -> tested instanceof NameExpr).isPresent() ? binary : null;
    }

    /** Whether a call may be a source, by its name, its receiver's written type and this file's facts. */
    private boolean candidate(MethodCallExpr call) {
        String name = call.getNameAsString();
        if (ROWS.containsKey(name) && rowMayMatch(call) || name.equals("getSession") || nullFallback(call) != null
                || !ModelOptions.named(context.project().options().nullableMethods(), name).isEmpty()) {
            return true;
        }
        String key = name + "/" + call.getArguments().size();
        if (call.getScope().isEmpty() || call.getScope().get().isThisExpr()) {
            if (!ownKeys().contains(key)
                    && call.findAncestor(LocalClassDeclarationStmt.class).isEmpty()) {
                return false; // a local class is not among the file's facts
            }
            String reason = DeclaredTypes.declaringTypeAround(call)
                    .map(type -> ownMembers.computeIfAbsent(type, this::ownMembers).get(key)).orElse(null);
            return reason != null && (fromOutside(reason) || clientArgument(call));
        }
        return usedAsValue(call) && (dataAccessInFile(call) && crossFile(call, false) || clientArgument(call)
                || exactReceiver(call) && mayReturnNullByText(call));
    }

    /**
     * Whether the text of the class a call on a new object or a class names may declare the
     * method as a source: a scanned class whose text does not rule it out.
     */
    private boolean mayReturnNullByText(MethodCallExpr call) {
        Optional<String> written = DeclaredTypes.writtenTypeOf(call.getScope().get());
        if (written.isEmpty()) {
            return false;
        }
        Optional<Map<String, NullableText.Verdict>> names = textOf(written.get(), call);
        String key = call.getNameAsString() + "/" + call.getArguments().size();
        return names.isPresent() && (names.get().containsKey(call.getNameAsString())
                || names.get().getOrDefault(key, NullableText.Verdict.MAYBE) != NullableText.Verdict.NEVER);
    }

    /** Whether an argument of the call is a value a client sent. */
    private boolean clientArgument(MethodCallExpr call) {
        return !call.getArguments().isEmpty() && shape().client() && MapKeys.clientInReach(call, clientMembers)
                && call.getArguments().stream().anyMatch(MapKeys::clientValue);
    }

    /**
     * What the whole file shows, read in one walk when first asked: whether it writes a type
     * or a receiver named like a data access object, and whether it binds or reads anything
     * a client sent.
     */
    private record Shape(boolean dataAccess, boolean client) {
    }

    private Shape shape() {
        if (shape == null) {
            boolean[] found = new boolean[2];
            context.compilationUnit().walk(node -> {
                if (node instanceof ClassOrInterfaceType type) {
                    found[0] |= DATA_ACCESS.stream().anyMatch(type.getNameAsString()::endsWith);
                } else if (node instanceof MethodCallExpr call) {
                    found[1] |= MapKeys.readsRequest(call);
                } else if (node instanceof AnnotationExpr annotation) {
                    found[1] |= MapKeys.bindsClientValue(annotation);
                }
            });
            shape = new Shape(found[0], found[1]);
        }
        return shape;
    }

    private Shape shape;

    private final Map<Node, Boolean> clientMembers = new IdentityHashMap<>();

    /**
     * Whether a call's receiver may be a data access object, by the names this file writes:
     * a type written with such a name, or a receiver so named.
     */
    private boolean dataAccessInFile(MethodCallExpr call) {
        if (call.getScope().get() instanceof NameExpr receiver
                && DATA_ACCESS.stream().anyMatch(receiver.getNameAsString()::endsWith)) {
            return true;
        }
        return shape().dataAccess();
    }

    /** The {@code name/arity} keys of the methods of this file's classes that may return null. */
    private Set<String> ownKeys() {
        if (ownKeys == null) {
            ownKeys = new HashSet<>();
            context.project().facts(NullableMembers.KIND).ifPresentOrElse(
                    facts -> facts.values().forEach(members -> ownKeys.addAll(members.keySet())),
                    () -> context.compilationUnit().findAll(TypeDeclaration.class).forEach(type -> ownKeys.addAll(
                            ownMembers.computeIfAbsent(type, this::ownMembers).keySet())));
        }
        return ownKeys;
    }

    private Set<String> ownKeys;

    /** @param alsoDereferenced names a lambda of the body dereferences: they hold what the body gave them */
    private boolean mayHaveSources(Body body, Set<String> alsoDereferenced) {
        Node root = body.node();
        // names dereferenced anywhere, and, below, those dereferenced where no plain guard proved them not null
        Set<String> anyDereferenced = new HashSet<>(alsoDereferenced);
        List<Expression> placesDereferenced = new ArrayList<>();
        List<MethodCallExpr> callsDereferenced = new ArrayList<>();
        Map<String, List<Expression>> values = new HashMap<>();
        List<BinaryExpr> nullTests = new ArrayList<>();
        List<MethodCallExpr> passing = new ArrayList<>();
        List<MethodCallExpr> ownCalls = new ArrayList<>();
        // the names the body declares (a local copy of a field often takes the field's name)
        Set<String> locals = new HashSet<>();
        Body.walkOwn(root, node -> {
            if (node == root) {
                return;
            }
            if (node instanceof VariableDeclarator declared) {
                locals.add(declared.getNameAsString());
            } else if (node instanceof Parameter parameter) {
                locals.add(parameter.getNameAsString());
            } else if (node instanceof TypePatternExpr pattern) {
                locals.add(pattern.getNameAsString());
            }
            if (isPlace(node)) {
                if (NullnessFlow.dereferencer((Expression) node) != null) {
                    anyDereferenced.add(simpleName(node));
                    placesDereferenced.add((Expression) node);
                }
            } else if (node instanceof MethodCallExpr call && NullnessFlow.dereferencer(call) != null) {
                callsDereferenced.add(call);
            }
            if (node instanceof MethodCallExpr call && (call.getScope().isEmpty() || call.getScope().get().isThisExpr())) {
                ownCalls.add(call);
            }
            if (node instanceof MethodCallExpr call && !call.getArguments().isEmpty()) {
                passing.add(call);
            } else if (node instanceof VariableDeclarator declarator && declarator.getInitializer().isPresent()) {
                values.computeIfAbsent(declarator.getNameAsString(), k -> new ArrayList<>()).add(declarator.getInitializer().get());
            } else if (node instanceof AssignExpr assign
                    && (assign.getTarget() instanceof NameExpr || assign.getTarget() instanceof FieldAccessExpr target
                    && target.getScope().isThisExpr())) {
                values.computeIfAbsent(simpleName(assign.getTarget()), k -> new ArrayList<>()).add(assign.getValue());
            } else if (node instanceof BinaryExpr binary && Checks.comparedWithNull(binary).isPresent()) {
                nullTests.add(binary);
            }
        });
        Set<String> fields = nullableFieldsAround(body);
        // what may hold null at all; in a lambda, a name of the body around may
        Predicate<String> mayHoldNull = root instanceof LambdaExpr
                ? name -> true : mayHoldNull(values, fields, locals, body)::contains;
        Guarded.Assignments assignments = new Guarded.Assignments(root);
        for (MethodCallExpr call : callsDereferenced) {
            if (candidate(call) && !Guarded.plainly(call, root, assignments) && mayBeSource(call)) {
                return true;
            }
        }
        Set<String> dereferenced = new HashSet<>(alsoDereferenced);
        Set<String> fieldsDereferenced = new HashSet<>();
        for (Expression place : placesDereferenced) {
            String name = simpleName(place);
            if (mayHoldNull.test(name) && !dereferenced.contains(name) && !Guarded.plainly(place, root, assignments)) {
                dereferenced.add(name);
                if (place instanceof FieldAccessExpr) {
                    fieldsDereferenced.add(name);
                }
            } else if (place instanceof FieldAccessExpr && dereferenced.contains(name)
                    && !fieldsDereferenced.contains(name) && !Guarded.plainly(place, root, assignments)) {
                fieldsDereferenced.add(name);
            }
        }
        for (MethodCallExpr call : passing) {
            boolean own = call.getScope().isEmpty() || call.getScope().get().isThisExpr();
            if (!own && !mayRejectNull(call)) {
                continue;
            }
            // a helper of this class that dereferences its parameter, or a library call that throws for
            // null (UUID.fromString), dereferences what it is given
            for (int i = 0; i < (own ? call.getArguments().size() : 1); i++) {
                Expression argument = NullnessFlow.unwrap(call.getArgument(i));
                // a library call is matched by name here: the flow checks its receiver's type, and only
                // where the argument may be null
                if (argument instanceof MethodCallExpr given ? candidate(given)
                        : isPlace(argument) && mayHoldNull.test(simpleName(argument))) {
                    if ((!own || dereferencesArgument(call, i)) && !Guarded.plainly(argument, root, assignments)) {
                        if (argument instanceof MethodCallExpr given) {
                            if (mayBeSource(given)) {
                                return true;
                            }
                        } else {
                            dereferenced.add(simpleName(argument));
                            anyDereferenced.add(simpleName(argument));
                        }
                    }
                }
            }
        }
        if (dereferenced.isEmpty()) {
            return nullTests.stream().anyMatch(test -> dereferencedWhereNull(test, anyDereferenced))
                    || nullPassed(passing, values) || fieldNullBeforeCall(ownCalls, values);
        }
        if (body.parameters().stream().anyMatch(p -> dereferenced.contains(p.getNameAsString()) && NullableMembers.isNullable(p))) {
            return true;
        }
        if (root instanceof LambdaExpr) {
            // what a lambda captures comes from the body around it
            Optional<Body> outer = Body.enclosing(root);
            if (outer.isPresent() && mayHaveSources(outer.get(), dereferenced)) {
                return true;
            }
        }
        if (fieldsDereferenced.stream().anyMatch(fields::contains)) {
            return true;
        }
        // the variables whose values reach a dereferenced one
        Deque<String> work = new ArrayDeque<>(dereferenced);
        Set<String> reached = new HashSet<>(dereferenced);
        boolean[] fieldRead = new boolean[1];
        while (!work.isEmpty()) {
            String name = work.pop();
            if (fields.contains(name) && !locals.contains(name)) {
                return true; // a field by its own name: no local of the body hides it
            }
            for (Expression value : values.getOrDefault(name, List.of())) {
                if (NullnessFlow.unwrap(value).isNullLiteralExpr()) {
                    return true;
                }
                value.walk(node -> {
                    // not a receiver (x = y.foo()): a null there throws where it is dereferenced, and
                    // what the variable takes is the call's result
                    if (isPlace(node) && !Body.nestedIn(node, root) && NullnessFlow.dereferencer((Expression) node) == null) {
                        String read = simpleName(node);
                        if (node instanceof FieldAccessExpr && fields.contains(read)) {
                            fieldRead[0] = true; // Foo foo = this.foo;
                        }
                        if (reached.add(read)) {
                            work.push(read);
                        }
                    }
                });
                if (fieldRead[0]) {
                    return true;
                }
                // what the variable takes: the value, or the arms of a conditional (c ? x : null)
                for (Expression taken : valuesTaken(value, new ArrayList<>())) {
                    if (taken.isNullLiteralExpr() || taken instanceof MethodCallExpr call && candidate(call) && mayBeSource(call)) {
                        return true;
                    }
                }
            }
        }
        return nullTests.stream().anyMatch(test -> dereferencedWhereNull(test, anyDereferenced))
                || nullPassed(passing, values) || fieldNullBeforeCall(ownCalls, values);
    }

    /**
     * Whether the body gives a field null (itself, or through a local given null) and calls a
     * method of this object that dereferences that field on entry.
     */
    private boolean fieldNullBeforeCall(List<MethodCallExpr> ownCalls, Map<String, List<Expression>> values) {
        if (ownCalls.isEmpty() || values.values().stream().flatMap(List::stream).map(NullnessFlow::unwrap)
                .noneMatch(Expression::isNullLiteralExpr)) {
            return false;
        }
        for (MethodCallExpr call : ownCalls) {
            Optional<String> field = fieldDereferencedOnEntry(call);
            if (field.isPresent() && values.getOrDefault(field.get(), List.of()).stream().map(NullnessFlow::unwrap)
                    .anyMatch(value -> value.isNullLiteralExpr() || value instanceof NameExpr local && values
                            .getOrDefault(local.getNameAsString(), List.of()).stream().map(NullnessFlow::unwrap)
                            .anyMatch(Expression::isNullLiteralExpr))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether null, or a variable given null, is passed to a method that dereferences it
     * (asked last: for a method of another class, it reads that class's facts).
     */
    private boolean nullPassed(List<MethodCallExpr> passing, Map<String, List<Expression>> values) {
        for (MethodCallExpr call : passing) {
            for (int i = 0; i < call.getArguments().size(); i++) {
                Expression argument = NullnessFlow.unwrap(call.getArgument(i));
                // a variable given null, or, for a method of a new object or a static one, a library source
                boolean exact = exactReceiver(call);
                boolean mayBeNull = argument.isNullLiteralExpr() || argument instanceof NameExpr name
                        && values.getOrDefault(name.getNameAsString(), List.of()).stream().map(NullnessFlow::unwrap)
                        .anyMatch(value -> value.isNullLiteralExpr() || exact && value instanceof MethodCallExpr source
                                && ROWS.containsKey(source.getNameAsString()))
                        || exact && argument instanceof MethodCallExpr source && ROWS.containsKey(source.getNameAsString());
                boolean givenNull = argument.isNullLiteralExpr() || argument instanceof NameExpr name
                        && values.getOrDefault(name.getNameAsString(), List.of()).stream().map(NullnessFlow::unwrap)
                        .anyMatch(Expression::isNullLiteralExpr);
                if (mayBeNull && dereferencesArgument(call, i) || givenNull && dereferencesArgumentUnderCondition(call, i)) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * The names that may hold null in a body, told cheaply and generously: a nullable field
     * by its own name, a nullable parameter, and a variable that takes a null literal, a
     * nullable field, a call that may be a source, or, through its value, another such name.
     * Only these are weighed where they are dereferenced or passed.
     */
    private Set<String> mayHoldNull(Map<String, List<Expression>> values, Set<String> fields, Set<String> locals, Body body) {
        Set<String> holding = new HashSet<>();
        fields.stream().filter(field -> !locals.contains(field)).forEach(holding::add);
        body.parameters().stream().filter(NullableMembers::isNullable).forEach(p -> holding.add(p.getNameAsString()));
        Map<String, Set<String>> readBy = new HashMap<>();
        Deque<String> work = new ArrayDeque<>(holding);
        Node root = body.node();
        values.forEach((name, given) -> {
            for (Expression value : given) {
                boolean[] holds = {false};
                value.walk(node -> {
                    if (node instanceof NullLiteralExpr
                            || node instanceof MethodCallExpr call && candidate(call)) {
                        holds[0] = true;
                    } else if (isPlace(node) && !Body.nestedIn(node, root)) {
                        String read = simpleName(node);
                        if (node instanceof FieldAccessExpr && fields.contains(read)) {
                            holds[0] = true;
                        }
                        readBy.computeIfAbsent(read, k -> new HashSet<>()).add(name);
                    }
                });
                if (holds[0] && holding.add(name)) {
                    work.push(name);
                }
            }
        });
        while (!work.isEmpty()) {
            for (String reader : readBy.getOrDefault(work.pop(), Set.of())) {
                if (holding.add(reader)) {
                    work.push(reader);
                }
            }
        }
        return holding;
    }

    /**
     * The names whose nullness can matter in a body, lambdas inside it included: the
     * variables and fields of {@code this} it dereferences or tests for null, and, through
     * assignments, those whose values reach them. A value given to any other name never
     * reaches a dereference, and is not looked up.
     */
    static Set<String> relevantNames(Node root) {
        Set<String> reached = new HashSet<>();
        Map<String, List<Expression>> values = new HashMap<>();
        root.walk(node -> {
            if (isPlace(node)) {
                if (NullnessFlow.dereferencer((Expression) node) != null) {
                    reached.add(simpleName(node));
                }
            } else if (node instanceof VariableDeclarator declarator && declarator.getInitializer().isPresent()) {
                values.computeIfAbsent(declarator.getNameAsString(), k -> new ArrayList<>()).add(declarator.getInitializer().get());
            } else if (node instanceof AssignExpr assign && isPlace(assign.getTarget())) {
                values.computeIfAbsent(simpleName(assign.getTarget()), k -> new ArrayList<>()).add(assign.getValue());
            } else if (node instanceof BinaryExpr binary) {
                Checks.comparedWithNull(binary).map(NullnessFlow::unwrap).filter(NullOrigins::isPlace)
                        .ifPresent(tested -> reached.add(simpleName(tested)));
            }
            if (node instanceof MethodCallExpr call && (call.getScope().isEmpty() || call.getScope().get().isThisExpr()
                    || mayRejectNull(call) || exactReceiver(call))) {
                // what a helper of this class, or a library call that throws for null, is given, it may dereference
                call.getArguments().stream().map(NullnessFlow::unwrap).filter(NullOrigins::isPlace)
                        .forEach(argument -> reached.add(simpleName(argument)));
            }
        });
        Deque<String> work = new ArrayDeque<>(reached);
        while (!work.isEmpty()) {
            for (Expression value : values.getOrDefault(work.pop(), List.of())) {
                value.walk(node -> {
                    if (isPlace(node) && reached.add(simpleName(node))) {
                        work.push(simpleName(node));
                    }
                });
            }
        }
        return reached;
    }

    /** A variable, or a field of {@code this}: what {@link #simpleName} names. */
    static boolean isPlace(Node node) {
        return node instanceof NameExpr || node instanceof FieldAccessExpr access
                && access.getScope().isThisExpr();
    }

    /**
     * The expressions whose value a variable takes from {@code value}: itself, through
     * parentheses and casts, both arms of a conditional, the value of an assignment.
     * The flow asks where null comes from of these only, not of the calls among their arguments.
     */
    private static List<Expression> valuesTaken(Expression value, List<Expression> into) {
        Expression inner = NullnessFlow.unwrap(value);
        if (inner instanceof ConditionalExpr conditional) {
            valuesTaken(conditional.getThenExpr(), into);
            valuesTaken(conditional.getElseExpr(), into);
        } else if (inner instanceof AssignExpr assign) {
            valuesTaken(assign.getValue(), into);
        } else {
            into.add(inner);
        }
        return into;
    }

    /** {@code x} of a name, {@code x} of {@code this.x}. */
    static String simpleName(Node node) {
        return node instanceof NameExpr name ? name.getNameAsString()
                : ((FieldAccessExpr) node).getNameAsString();
    }

    /**
     * Whether the variable a test compares with null is dereferenced in the branch where it
     * is null: the then-part of {@code if (x == null)}, the else-part of {@code if (x != null)}.
     */
    private static boolean dereferencedWhereNull(BinaryExpr test, Set<String> dereferenced) {
        Expression checked = NullnessFlow.unwrap(Checks.comparedWithNull(test).get());
        if (!(checked instanceof NameExpr name) || !dereferenced.contains(name.getNameAsString())) {
            return false;
        }
        boolean equal = test.getOperator() == BinaryExpr.Operator.EQUALS;
        Node child = test;
        for (Node parent = test.getParentNode().orElse(null); parent != null; child = parent,
                parent = parent.getParentNode().orElse(null)) {
            Node branch = null;
            if (parent instanceof IfStmt ifStmt && ifStmt.getCondition() == child) {
                branch = equal ? ifStmt.getThenStmt() : ifStmt.getElseStmt().orElse(null);
            } else if (parent instanceof ConditionalExpr conditional
                    && conditional.getCondition() == child) {
                branch = equal ? conditional.getThenExpr() : conditional.getElseExpr();
            } else if (parent instanceof BinaryExpr binary
                    && (binary.getOperator() == BinaryExpr.Operator.AND
                    || binary.getOperator() == BinaryExpr.Operator.OR
                    || binary.getOperator() == BinaryExpr.Operator.BINARY_AND
                    || binary.getOperator() == BinaryExpr.Operator.BINARY_OR)) {
                // the right side runs where the test found null: x == null && x.isEmpty(), x != null || x.foo(),
                // x == null & x.isEmpty(); not x == null || x.isEmpty(), x != null && x.foo()
                boolean rightWhereNull = binary.getOperator() == BinaryExpr.Operator.AND
                        ? equal : binary.getOperator() == BinaryExpr.Operator.OR ? !equal : true;
                if (binary.getLeft() == child && rightWhereNull && binary.getRight().findFirst(NameExpr.class,
                        n -> n.getNameAsString().equals(name.getNameAsString()) && NullnessFlow.dereferencer(n) != null)
                        .isPresent()) {
                    return true;
                }
                continue;
            } else if (parent instanceof EnclosedExpr
                    || parent instanceof UnaryExpr) {
                equal = parent instanceof UnaryExpr ? !equal : equal;
                continue;
            }
            if (branch == null) {
                return false;
            }
            return branch.findFirst(NameExpr.class, n -> n.getNameAsString().equals(name.getNameAsString())
                    && NullnessFlow.dereferencer(n) != null).isPresent();
        }
        return false;
    }

    /** The names of the instance fields of the class around a body injected only when a bean exists, read once per class. */
    Set<String> nullableFieldsAround(Body body) {
        Optional<TypeDeclaration> type = body.node().findAncestor(TypeDeclaration.class);
        if (type.isEmpty()) {
            return Set.of();
        }
        return nullableFields.computeIfAbsent(type.get(), around -> {
            Set<String> names = new HashSet<>();
            for (FieldDeclaration field : ((TypeDeclaration<?>) around).getFields()) {
                if (!field.isStatic() && NullableMembers.optionalBeanField(field)) {
                    field.getVariables().forEach(variable -> names.add(variable.getNameAsString()));
                }
            }
            return names;
        });
    }

    private final Map<TypeDeclaration<?>, Set<String>> nullableFields = new IdentityHashMap<>();

    private boolean mayBeSource(MethodCallExpr call) {
        String name = call.getNameAsString();
        if (rowMayMatch(call) && matchedRow(call) != null) {
            return rowMaySource(call); // as of(..) answers, the flow's state aside
        }
        if (name.equals("getSession") || nullFallback(call) != null || configuredReason(call) != null) {
            return true;
        }
        return (call.getScope().isEmpty() || call.getScope().get().isThisExpr() || usedAsValue(call))
                && scannedSource(call, argument -> true).isPresent();
    }

    /**
     * Whether a call's result is dereferenced, kept in a variable or field, or returned:
     * only then can a null from it reach a dereference, and only then are the facts of
     * another file asked about it (which may cost a parse).
     */
    private static boolean usedAsValue(MethodCallExpr call) {
        Node parent = call.getParentNode().orElse(null);
        while (parent instanceof EnclosedExpr
                || parent instanceof CastExpr) {
            parent = parent.getParentNode().orElse(null);
        }
        return parent instanceof VariableDeclarator || parent instanceof AssignExpr
                || parent instanceof ConditionalExpr
                || NullnessFlow.dereferencer(call) != null;
    }

    /**
     * The nullable members of a type of this file: those its facts hold (extracted once per
     * file), or, for a type the facts do not name (local, anonymous), read from it here.
     */
    private Map<String, String> ownMembers(TypeDeclaration<?> type) {
        Optional<String> name = FactExtractor.enclosingTypeName(type);
        Optional<Map<String, Map<String, String>>> facts = context.project().facts(NullableMembers.KIND);
        if (name.isPresent() && facts.isPresent()) {
            return facts.get().getOrDefault(name.get(), Map.of());
        }
        return NullableMembers.of(type);
    }

    /**
     * Whether a call on another object is worth asking the facts of other files about: a
     * call on a collaborator whose type names a data access object, and, for a check of a
     * value that may be null, a static call of a class. Other calls of other files'
     * methods are not followed: asking would parse, for most of them, a file whose turn
     * has not come.
     */
    private static boolean crossFile(MethodCallExpr call, boolean check) {
        Optional<String> written = DeclaredTypes.writtenTypeOf(call.getScope().get());
        if (written.isEmpty()) {
            return false;
        }
        String simple = written.get().substring(written.get().lastIndexOf('.') + 1);
        boolean staticCall = call.getScope().get() instanceof NameExpr name
                && name.getNameAsString().equals(written.get());
        return check && staticCall || DATA_ACCESS.stream().anyMatch(simple::endsWith);
    }

    /** Type names of the collaborators whose lookups are followed into other files. */
    private static final List<String> DATA_ACCESS = List.of("Repository", "Repo", "Dao", "DAO", "Finder");

    /**
     * A method of the scanned sources that may return null: of this file's classes, or of
     * another file's. One that returns null only for a null argument is a source only
     * where that argument may be null.
     */
    /**
     * @param anyCollaborator whether to look in the facts of any scanned class the receiver
     *                        names, not only of a data access object's: a method of another
     *                        class is a source only for what the client sent, or for a row it
     *                        does not find
     */
    private Optional<String> scannedMethod(MethodCallExpr call, Predicate<Expression> mayBeNull,
                                           boolean anyCollaborator) {
        String key = call.getNameAsString() + "/" + call.getArguments().size();
        Optional<Map<String, String>> members = membersOf(call, key, false, anyCollaborator);
        if (members.isEmpty()) {
            return Optional.empty();
        }
        String flag = members.get().get(Checks.NULL_FLAG + key);
        if (flag != null) {
            int index = Integer.parseInt(flag.substring(0, flag.indexOf(':')));
            Expression argument = index < call.getArguments().size() ? NullnessFlow.unwrap(call.getArgument(index)) : null;
            if (argument != null && argument.isBooleanLiteralExpr()
                    && argument.asBooleanLiteralExpr().getValue() != Boolean.parseBoolean(flag.substring(flag.indexOf(':') + 1))) {
                return Optional.empty(); // getElement(path, false): null only with true
            }
        }
        String unless = members.get().get(Checks.NULL_UNLESS + key);
        if (unless != null) {
            int first = unless.indexOf('|');
            int last = unless.lastIndexOf('|');
            int index = Integer.parseInt(unless.substring(0, first));
            String test = index < call.getArguments().size()
                    ? NullnessFlow.unwrap(call.getArgument(index)) + unless.substring(first + 2, last) : null;
            boolean nullWhen = Boolean.parseBoolean(unless.substring(last + 1));
            if (test != null && Guarded.testHeld(call, test, !nullWhen)) {
                return Optional.empty(); // if (field.contains("*")) parseWildcard(field): the test it returns null for failed
            }
        }
        String onlyFor = members.get().get(Checks.NULL_ONLY_FOR + key);
        if (onlyFor != null) {
            int index = Integer.parseInt(onlyFor);
            if (index >= call.getArguments().size() || !mayBeNull.test(call.getArgument(index))) {
                return Optional.empty();
            }
        }
        return Optional.of(members.get().get(key));
    }

    /**
     * For a call of a method of the scanned sources that returns null only when a call on
     * its arguments does ({@code String note = session.getAuthNote(key); if (note == null)
     * return null;}): {@code "receiver|method|argument"}, the indexes of the arguments.
     */
    Optional<String> nullWhenCall(MethodCallExpr call) {
        String key = call.getNameAsString() + "/" + call.getArguments().size();
        return membersOf(call, key, false, true).map(members -> members.get(Checks.NULL_WHEN_CALL + key));
    }

    /**
     * For a call of a method of the scanned sources that returns null at once when its
     * argument {@code i} is null ({@code if (p == null) return null;}): {@code i}.
     */
    Optional<Integer> nullIfNull(MethodCallExpr call) {
        String key = call.getNameAsString() + "/" + call.getArguments().size();
        return membersOf(call, key, false).map(members -> members.get(Checks.NULL_IF_NULL + key)).map(Integer::valueOf);
    }

    /**
     * The nullable members of the class a call is made on, when a member of it has
     * {@code key}: a class of this file (for calls without a qualifier), or a scanned class
     * that the qualifier's written type names, or one of its scanned supertypes.
     */
    private Optional<Map<String, String>> membersOf(MethodCallExpr call, String key, boolean check) {
        return membersOf(call, key, check, false);
    }

    /** @param anyCollaborator whether to look in the facts of any scanned class the receiver names */
    private Optional<Map<String, String>> membersOf(MethodCallExpr call, String key, boolean check,
                                                   boolean anyCollaborator) {
        Map<String, Optional<Map<String, String>>> known = looked.computeIfAbsent(call, c -> new HashMap<>(4));
        String asked = (check ? "c" : "-") + (anyCollaborator ? "a" : "-") + key;
        Optional<Map<String, String>> found = known.get(asked);
        if (found == null) {
            found = lookUp(call, key, check, anyCollaborator);
            known.put(asked, found);
        }
        return found;
    }

    private Optional<Map<String, String>> lookUp(MethodCallExpr call, String key, boolean check,
                                                 boolean anyCollaborator) {
        if (call.getScope().isEmpty() || call.getScope().get().isThisExpr()) {
            Optional<Map<String, String>> own = DeclaredTypes.declaringTypeAround(call)
                    .map(type -> ownMembers.computeIfAbsent(type, this::ownMembers))
                    .filter(members -> members.containsKey(key));
            return own.isPresent() || !check || call.getScope().isPresent() ? own : staticallyImported(call, key);
        }
        boolean followed = anyCollaborator || crossFile(call, check) || !check && exactReceiver(call);
        Optional<String> created = createdType(call.getScope().get());
        if (!followed && created.isEmpty()) {
            return Optional.empty();
        }
        Optional<String> written = created.or(() -> DeclaredTypes.writtenTypeOf(call.getScope().get()));
        if (written.isEmpty()) {
            return Optional.empty();
        }
        if (!check) {
            // read from the text of the receiver's file first: it need not be parsed
            Optional<Map<String, NullableText.Verdict>> names = textOf(written.get(), call);
            NullableText.Verdict verdict = names.isEmpty() || names.get().containsKey(call.getNameAsString()) ? null
                    : names.get().get(key.substring(key.indexOf(':') + 1));
            if (names.isEmpty() || verdict == NullableText.Verdict.NEVER) {
                return Optional.empty(); // a library type, or a declaration that never returns null
            }
            if (verdict == NullableText.Verdict.DECLARED) {
                return Optional.of(Map.of(key, NullableMembers.DECLARED)); // what its parsed facts would say
            }
            if (verdict == NullableText.Verdict.ABSTRACT) {
                return anyCollaborator ? onlyImplementation(written.get(), call, key) : Optional.empty();
            }
        }
        Optional<ScannedType> type = typeOf(written.get(), call);
        for (int depth = 0; type.isPresent() && depth < 4; depth++) {
            ScannedType owner = type.get();
            Map<String, String> all = context.project().facts(NullableMembers.KIND, owner)
                    .map(facts -> facts.getOrDefault(owner.qualifiedName(), Map.of())).orElse(Map.of());
            if (all.containsKey(key) && (depth == 0 || !all.containsKey(NullableMembers.STATIC + key))) {
                return Optional.of(all);
            }
            if (all.containsKey(NullableMembers.OVERRIDES + key)) {
                return Optional.empty(); // the receiver's class overrides the method, and its version never returns null
            }
            type = owner.supertypes().stream().map(s -> context.project().type(s, owner))
                    .flatMap(Optional::stream).findFirst();
        }
        // an implementation's own null counts only where the call passes what a client sent
        return check || !anyCollaborator ? Optional.empty() : onlyImplementation(written.get(), call, key);
    }

    /**
     * The nullable members of the one scanned class that implements the interface (or
     * extends the abstract class) a call's receiver is declared as, when it has the key:
     * {@code userService.find(id)} runs {@code UserServiceImpl.find}. With two
     * implementations or more, which one runs is not known, and nothing is said. Only a
     * lookup by a key ({@code find(UUID id)}) or a method declared {@code @Nullable} counts:
     * a null that the state of the objects passed decides ({@code getPrevious(history,
     * version)}) is one the callers of an interface know about.
     */
    private Optional<Map<String, String>> onlyImplementation(String written, MethodCallExpr call, String key) {
        String simple = written.substring(written.lastIndexOf('.') + 1);
        context.project().textIndex(KeysPut.KIND); // builds the implementations too, in one reading of the files
        List<String> implementations = Implementations.of(context.project().textIndex(Implementations.KIND), simple);
        if (implementations.size() != 1) {
            return Optional.empty();
        }
        // the implementation's text first: most methods never return null, and then it need not be parsed
        Optional<Map<String, NullableText.Verdict>> names = textOf(implementations.get(0), call);
        NullableText.Verdict verdict = names.map(all -> all.get(key)).orElse(null);
        if (names.isEmpty() || verdict == NullableText.Verdict.NEVER || verdict == NullableText.Verdict.ABSTRACT) {
            return Optional.empty();
        }
        Optional<ScannedType> implementation = typeOf(implementations.get(0), call)
                .filter(found -> found.supertypes().stream().anyMatch(s -> s.equals(written) || s.endsWith("." + simple)
                        || s.equals(simple)));
        return implementation.flatMap(found -> context.project().facts(NullableMembers.KIND, found)
                        .map(facts -> facts.getOrDefault(found.qualifiedName(), Map.of())))
                .filter(members -> members.containsKey(key) && !members.containsKey(NullableMembers.STATIC + key)
                        && (members.get(key).equals(NullableMembers.DECLARED) || members.containsKey(Checks.KEYED + key)));
    }

    /**
     * Whether a lookup repeats one that found nothing, after the code created what it looks
     * for: {@code cs = dao.findByUri(uri); if (cs == null) { ..; service.createCodeSystem(..);
     * cs = dao.findByUri(uri); }}. The get-or-create idiom finds the row it has just made.
     */
    static boolean foundAgainAfterCreating(MethodCallExpr call) {
        Node parent = call.getParentNode().orElse(null);
        String variable = parent instanceof AssignExpr assign
                && assign.getValue() == call && assign.getTarget() instanceof NameExpr target ? target.getNameAsString() : null;
        if (variable == null || !(parent.getParentNode().orElse(null) instanceof ExpressionStmt statement)
                || !(statement.getParentNode().orElse(null) instanceof BlockStmt block)
                || !(block.getParentNode().orElse(null) instanceof IfStmt test) || test.getThenStmt() != block
                || !(NullnessFlow.unwrap(test.getCondition()) instanceof BinaryExpr missing)
                || missing.getOperator() != BinaryExpr.Operator.EQUALS
                || Checks.comparedWithNull(missing).filter(tested -> Checks.isName(tested, variable)).isEmpty()) {
            return false;
        }
        String text = call.toString();
        for (Statement earlier : block.getStatements()) {
            if (earlier == statement) {
                return false;
            }
            if (earlier.findFirst(MethodCallExpr.class, made -> CREATING.matcher(made.getNameAsString()).matches()).isPresent()
                    && test.getParentNode().filter(around -> around.findFirst(MethodCallExpr.class,
                            first -> first != call && first.toString().equals(text)).isPresent()).isPresent()) {
                return true;
            }
        }
        return false;
    }

    /** Names of calls that make what a lookup then finds. */
    private static final Pattern CREATING = Pattern.compile(
            "(create|save|persist|insert|store|register|add)([A-Z]\\w*)?");

    /** The scanned type a name written at the call means, kept per type of this file and name. */
    private Optional<ScannedType> typeOf(String written, MethodCallExpr call) {
        Node around = call.findAncestor(TypeDeclaration.class).map(Node.class::cast).orElse(context.compilationUnit());
        return types.computeIfAbsent(around, k -> new HashMap<>())
                .computeIfAbsent(written, k -> context.project().type(written, call));
    }

    /** The text facts of the file of the type written at the call, kept per type of this file and name. */
    private Optional<Map<String, NullableText.Verdict>> textOf(String written, MethodCallExpr call) {
        Node around = call.findAncestor(TypeDeclaration.class).map(Node.class::cast).orElse(context.compilationUnit());
        return texts.computeIfAbsent(around, k -> new HashMap<>())
                .computeIfAbsent(written, k -> context.project().textFacts(NullableText.KIND, written, call));
    }

    /** The members of the scanned class a call without a qualifier is statically imported from. */
    private Optional<Map<String, String>> staticallyImported(MethodCallExpr call, String key) {
        if (!CHECK_NAMES.matcher(call.getNameAsString()).find()) {
            return Optional.empty();
        }
        for (ImportDeclaration imported : context.compilationUnit().getImports()) {
            if (!imported.isStatic()) {
                continue;
            }
            String name = imported.getNameAsString();
            String owner = imported.isAsterisk() ? name
                    : name.endsWith("." + call.getNameAsString()) ? name.substring(0, name.lastIndexOf('.')) : null;
            if (owner == null) {
                continue;
            }
            Optional<ScannedType> type = context.project().type(owner, call);
            if (type.isPresent()) {
                Optional<Map<String, String>> members = context.project().facts(NullableMembers.KIND, type.get())
                        .map(all -> all.getOrDefault(type.get().qualifiedName(), Map.of()))
                        .filter(found -> found.containsKey(key));
                if (members.isPresent()) {
                    return members;
                }
            }
        }
        return Optional.empty();
    }

    /** A call whose method is known without dispatch: on a {@code new} object, or static on a class named by its scope. */
    static boolean exactReceiver(MethodCallExpr call) {
        Expression scope = call.getScope().map(NullnessFlow::unwrap).orElse(null);
        return scope instanceof ObjectCreationExpr creation && creation.getAnonymousClassBody().isEmpty()
                || scope instanceof NameExpr type && Character.isUpperCase(type.getNameAsString().charAt(0));
    }

    /** Whether a call's method is known without dispatch: {@link #exactReceiver}, or a call on a local that only ever holds a new object. */
    boolean runsKnownMethod(MethodCallExpr call) {
        return exactReceiver(call) || call.getScope().flatMap(this::createdType).isPresent();
    }

    /** {@link #creationOf}, asked once per receiver: the flow asks again on each pass. */
    private Optional<String> createdType(Expression receiver) {
        Optional<String> known = createdTypes.get(receiver);
        if (known == null) {
            known = creationOf(receiver);
            createdTypes.put(receiver, known);
        }
        return known;
    }

    private final Map<Expression, Optional<String>> createdTypes = new IdentityHashMap<>();

    /**
     * The class of the object a receiver is, where the code shows it: a {@code new} object,
     * or a local whose only value is one ({@code Base handler = new CsvHandler();}), so a call
     * on it runs that class's method whatever type the local is declared with.
     */
    private static Optional<String> creationOf(Expression receiver) {
        Expression inner = NullnessFlow.unwrap(receiver);
        if (inner instanceof NameExpr name) {
            Optional<Scopes.Declaration> declared = DeclaredTypes.declaration(name);
            if (declared.isEmpty() || declared.get().kind() != Scopes.Kind.LOCAL
                    || !(declared.get().node() instanceof VariableDeclarator local)
                    || local.getInitializer().isEmpty()) {
                return Optional.empty();
            }
            Optional<Node> scope = Body.enclosing(local).map(Body::node);
            if (scope.isEmpty() || scope.get().findFirst(AssignExpr.class,
                    assign -> NullnessFlow.unwrap(assign.getTarget()) instanceof NameExpr target
                            && target.getNameAsString().equals(name.getNameAsString())).isPresent()) {
                return Optional.empty(); // given another value somewhere
            }
            inner = NullnessFlow.unwrap(local.getInitializer().get());
        }
        return inner instanceof ObjectCreationExpr creation && creation.getAnonymousClassBody().isEmpty()
                ? Optional.of(creation.getType().getNameWithScope()) : Optional.empty();
    }

    /** Whether a call's name is one of a library call that throws for a null first argument: the free first test. */
    static boolean mayRejectNull(MethodCallExpr call) {
        return !call.getArguments().isEmpty() && (HOSTILE.containsKey(call.getNameAsString()) || enumValueOf(call));
    }

    /**
     * Whether the call is {@code E.valueOf(name)} of an enum declared in this file: it throws
     * {@code NullPointerException} for a null name ({@code Status.valueOf(request.getParameter("status"))}).
     */
    private static boolean enumValueOf(MethodCallExpr call) {
        if (!call.getNameAsString().equals("valueOf") || call.getArguments().size() != 1
                || !(call.getScope().map(NullnessFlow::unwrap).orElse(null) instanceof NameExpr type)
                || !Character.isUpperCase(type.getNameAsString().charAt(0))) {
            return false;
        }
        return call.findCompilationUnit().map(unit -> unit.findFirst(EnumDeclaration.class,
                declared -> declared.getNameAsString().equals(type.getNameAsString())).isPresent()).orElse(false);
    }

    /** The library call's text ({@code UUID.fromString}) when it throws for a null first argument. */
    Optional<String> rejectsNull(MethodCallExpr call) {
        for (Row row : HOSTILE.getOrDefault(call.getNameAsString(), List.of())) {
            if ((row.source().arity() < 0 || row.source().arity() == call.getArguments().size())
                    && row.matcher().matches(call, context)) {
                String owner = row.source().staticOwner() != null ? row.source().staticOwner()
                        : row.source().receivers().get(0);
                return Optional.of(owner.substring(owner.lastIndexOf('.') + 1) + "." + call.getNameAsString());
            }
        }
        if (enumValueOf(call)) {
            return Optional.of(call.getScope().get() + ".valueOf");
        }
        return Optional.empty();
    }

    /**
     * Whether the method a call runs dereferences its parameter {@code index} on entry, so
     * that passing null there throws: a method of this class that no subclass can replace,
     * or a method of the scanned class of a {@code new} object or of a static call.
     */
    boolean dereferencesArgument(MethodCallExpr call, int index) {
        return dereferencesArgument(call, index, Checks.DEREFERENCES);
    }

    /**
     * Whether the method a call runs dereferences argument {@code index} under a condition of
     * its own state; a null on every path that reaches it throws when the condition holds.
     */
    boolean dereferencesArgumentUnderCondition(MethodCallExpr call, int index) {
        return dereferencesArgument(call, index, Checks.DEREFERENCES_IF);
    }

    private boolean dereferencesArgument(MethodCallExpr call, int index, String kind) {
        String key = kind + call.getNameAsString() + "/" + call.getArguments().size() + ":" + index;
        Expression scope = call.getScope().map(NullnessFlow::unwrap).orElse(null);
        boolean own = scope == null || scope.isThisExpr();
        if (own ? membersOf(call, key, true).map(members -> members.get(key)).filter(String::isEmpty).isPresent()
                : runsKnownMethod(call) && membersOf(call, key, true, true).filter(members -> members.containsKey(key)).isPresent()) {
            return true;
        }
        if (!kind.equals(Checks.DEREFERENCES) || !own && !runsKnownMethod(call)) {
            return false;
        }
        // handed on, first thing, to a method that dereferences it: (new Sink()).badSink(data)
        String forwards = Checks.FORWARDS + call.getNameAsString() + "/" + call.getArguments().size() + ":" + index;
        Optional<Map<String, String>> members = own ? membersOf(call, forwards, true) : membersOf(call, forwards, true, true);
        return members.map(found -> found.get(forwards)).filter(target -> !own || !target.startsWith("virtual;"))
                .filter(target -> dereferencedThrough(target, members.get(), call, 0)).isPresent();
    }

    /**
     * The field of this object that the method an unqualified call runs dereferences on
     * entry, where no subclass can replace that method.
     */
    Optional<String> fieldDereferencedOnEntry(MethodCallExpr call) {
        if (call.getScope().isPresent() && !call.getScope().get().isThisExpr()) {
            return Optional.empty();
        }
        String key = Checks.DEREFERENCES_FIELD + call.getNameAsString() + "/" + call.getArguments().size();
        return membersOf(call, key, true).map(members -> members.get(key)).filter(field -> !field.startsWith("virtual;"));
    }

    /**
     * Whether the method a forwarding fact names ({@code new|Sink|badSink/3:0}) dereferences
     * that argument on entry, itself or by handing it on again; its class is found from the
     * call that started the chain, and {@code this} is the class of the method before.
     */
    private boolean dereferencedThrough(String target, Map<String, String> before, MethodCallExpr start, int depth) {
        if (depth > 4) {
            return false;
        }
        boolean virtual = target.startsWith("virtual;");
        String[] parts = target.substring(virtual ? "virtual;".length() : 0).split("\\|");
        String method = parts[parts.length - 1];
        Map<String, String> members = before;
        if (!parts[0].equals("this")) {
            Optional<ScannedType> type = typeOf(parts[1], start);
            if (type.isEmpty()) {
                return false;
            }
            members = context.project().facts(NullableMembers.KIND, type.get())
                    .map(facts -> facts.getOrDefault(type.get().qualifiedName(), Map.of())).orElse(Map.of());
        }
        String dereferences = members.get(Checks.DEREFERENCES + method);
        if (dereferences != null && (dereferences.isEmpty() || !parts[0].equals("this"))) {
            return true;
        }
        String next = members.get(Checks.FORWARDS + method);
        // a call on this reaches an override where the method is one a subclass may replace
        return next != null && !(parts[0].equals("this") && next.startsWith("virtual;"))
                && dereferencedThrough(next, members, start, depth + 1);
    }

    /** Whether a call never returns: a method of the scanned sources that always throws, or a test framework's {@code fail}. */
    boolean neverReturns(MethodCallExpr call) {
        Boolean known = neverReturning.get(call);
        if (known == null) {
            known = failsAlways(call);
            neverReturning.put(call, known);
        }
        return known;
    }

    private boolean failsAlways(MethodCallExpr call) {
        if (named(call, NullSources.FAILURES)) {
            return true;
        }
        if (!isCheckName(call)) {
            return false;
        }
        String key = Checks.NEVER_RETURNS + call.getNameAsString() + "/" + call.getArguments().size();
        return membersOf(call, key, true).isPresent();
    }

    /** Names that check methods have; other calls are not looked up in other files' facts. */
    private static final Pattern CHECK_NAMES = Pattern.compile(
            "(?i)^(require|check|ensure|assert|validate|verify|expect|must|is|has|fail|throw|raise|reject)|(notnull|present|valid|given|set|error|fail)");

    /** A check of another file is looked up only for calls named like one: the facts cost a parse. */
    private static boolean isCheckName(MethodCallExpr call) {
        return call.getScope().isEmpty() || call.getScope().get().isThisExpr()
                || CHECK_NAMES.matcher(call.getNameAsString()).find();
    }

    /** Whether a check method of the scanned sources throws when argument {@code index} of the call is null. */
    boolean ensures(MethodCallExpr call, int index) {
        if (!isCheckName(call)) {
            return false;
        }
        String key = Checks.ENSURES + call.getNameAsString() + "/" + call.getArguments().size() + ":" + index;
        return membersOf(call, key, true).isPresent();
    }

    /** Whether a method of the scanned sources throws when its boolean argument {@code index} is false. */
    boolean assertsArgument(MethodCallExpr call, int index) {
        if (!isCheckName(call)) {
            return false;
        }
        String key = Checks.ASSERTS + call.getNameAsString() + "/" + call.getArguments().size() + ":" + index;
        return membersOf(call, key, true).isPresent();
    }

    /** Whether a test method of the scanned sources proves argument {@code index} not null when it returns {@code outcome}. */
    boolean checks(MethodCallExpr call, int index, boolean outcome) {
        if (!isCheckName(call)) {
            return false;
        }
        String key = (outcome ? Checks.WHEN_TRUE : Checks.WHEN_FALSE) + call.getNameAsString() + "/"
                + call.getArguments().size() + ":" + index;
        return membersOf(call, key, true).isPresent();
    }

    /**
     * For a call of a method of this object that returns {@code map.containsKey(p)}, with
     * {@code p} its argument {@code index}: the map's field.
     */
    Optional<String> containsKeyIn(MethodCallExpr call, int index) {
        if (call.getScope().isPresent() && !call.getScope().get().isThisExpr()) {
            return Optional.empty();
        }
        String key = Checks.CONTAINS + call.getNameAsString() + "/" + call.getArguments().size() + ":" + index;
        return membersOf(call, key, true).map(members -> members.get(key));
    }

    /** {@code MAP.get(k)} on a static {@code EnumMap} field filled in a static block. */
    private static boolean filledEnumMap(MethodCallExpr call) {
        if (!(call.getScope().get() instanceof NameExpr map)) {
            return false;
        }
        Optional<Scopes.Declaration> field = Scopes.of(map).filter(found -> found.kind() == Scopes.Kind.FIELD);
        if (field.isEmpty() || !(field.get().node() instanceof VariableDeclarator declarator)
                || !(declarator.getParentNode().orElse(null) instanceof FieldDeclaration declaration)
                || !declaration.isStatic()) {
            return false;
        }
        boolean enumMap = declarator.getType().asString().startsWith("EnumMap")
                || declarator.getInitializer().filter(init -> init.toString().startsWith("new EnumMap")).isPresent();
        return enumMap && field.get().owner() instanceof TypeDeclaration<?> type
                && type.getMembers().stream().anyMatch(member -> member.isInitializerDeclaration()
                && member.asInitializerDeclaration().isStatic());
    }

    /** {@code Objects.requireNonNull(x)} and the like: once they return, their argument is not null. */
    boolean assertsNonNull(MethodCallExpr call) {
        return named(call, NullSources.NON_NULL_ASSERTIONS);
    }

    /** {@code Assert.state(cond, ..)} and the like: once they return, their condition holds. */
    boolean assertsCondition(MethodCallExpr call) {
        return named(call, NullSources.CONDITION_ASSERTIONS) || call.getScope().isPresent()
                && NullSources.assertsCondition(Checks.scopeName(call), call.getNameAsString());
    }

    /** Whether the check call proves its argument not null when it returns {@code outcome}. */
    boolean nonNullWhen(MethodCallExpr call, boolean outcome) {
        Set<String> checks = outcome ? NullSources.NON_NULL_WHEN_TRUE : NullSources.NON_NULL_WHEN_FALSE;
        return named(call, checks) || !call.getArguments().isEmpty() && call.getScope()
                .filter(scope -> scope instanceof NameExpr type && Character.isUpperCase(type.getNameAsString().charAt(0)))
                .isPresent() && (outcome ? Guarded.NOT_NULL_WHEN_TRUE : Guarded.NOT_NULL_WHEN_FALSE)
                .contains(call.getNameAsString()); // a project's own TextUtil.isNotEmpty(s), read as the syntactic guard test reads it
    }

    /** {@code Type.method(..)} with one of these names, or {@code method(..)} statically imported from such a type. */
    private boolean named(MethodCallExpr call, Set<String> names) {
        String method = call.getNameAsString();
        if (call.getScope().isPresent()) {
            Expression scope = call.getScope().get();
            String simple = scope instanceof NameExpr name ? name.getNameAsString()
                    : scope instanceof FieldAccessExpr access ? access.getNameAsString() : null;
            return simple != null && names.contains(simple + "." + method);
        }
        return context.compilationUnit().getImports().stream().filter(i -> i.isStatic()).anyMatch(i -> {
            String imported = i.getNameAsString();
            String owner = i.isAsterisk() ? imported : imported.substring(0, Math.max(0, imported.lastIndexOf('.')));
            String simpleOwner = owner.substring(owner.lastIndexOf('.') + 1);
            return (i.isAsterisk() || imported.endsWith("." + method)) && names.contains(simpleOwner + "." + method);
        });
    }

    /** How a message names a call: printed once per call, as the flow may ask on each pass. */
    private String text(MethodCallExpr call) {
        return printed.computeIfAbsent(call, c -> {
            String text = c.toString().replaceAll("\\s+", " ");
            return text.length() <= MAX_TEXT ? text : text.substring(0, MAX_TEXT - 1) + "…";
        });
    }
}
