package dev.backlint.rules.correctness;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.NodeList;
import com.github.javaparser.ast.body.Parameter;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.BinaryExpr;
import com.github.javaparser.ast.expr.CastExpr;
import com.github.javaparser.ast.expr.EnclosedExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.LambdaExpr;
import com.github.javaparser.ast.expr.LiteralStringValueExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import com.github.javaparser.ast.nodeTypes.NodeWithTypeParameters;
import com.github.javaparser.ast.type.Type;
import com.github.javaparser.ast.type.TypeParameter;
import com.github.javaparser.resolution.types.ResolvedType;
import dev.backlint.api.Checks;
import dev.backlint.api.Level;
import dev.backlint.api.Precision;
import dev.backlint.api.Rule;
import dev.backlint.api.RuleContext;
import dev.backlint.api.RuleInfo;
import dev.backlint.api.ScannedType;
import dev.backlint.api.TextTypes;
import dev.backlint.resolve.DeclaredTypes;
import dev.backlint.resolve.Scopes;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * {@code equals}, {@code Objects.equals}, and the lookups of collections and maps, between
 * types whose values can never be equal: a {@code Long} id against the {@code String} a
 * request carries, a {@code UUID} against its text, an enum against its name. The
 * receiver's {@code equals} must be known (a final JDK value type, an enum, a record that
 * does not override {@code equals}) and the other side's type must be one that no
 * instance of the receiver's class can have. Types come from declarations, literals, the
 * scanned files' return types and well-known factories; a side whose type is not known
 * keeps the rule silent.
 */
@RuleInfo(
        id = "incompatible-equals",
        summary = "equals or a collection lookup between types whose values can never be equal",
        level = Level.WARNING,
        tags = {"correctness"},
        precision = Precision.HIGH)
public final class IncompatibleEquals implements Rule {

    private static final Set<String> NUMBER_SUPERS = Set.of("Object", "Number", "Serializable", "Comparable",
            "Constable", "ConstantDesc");
    private static final Set<String> TIME_SUPERS = Set.of("Object", "Serializable", "Comparable", "Temporal",
            "TemporalAccessor", "TemporalAdjuster", "ChronoLocalDate", "ChronoLocalDateTime", "ChronoZonedDateTime",
            "TemporalAmount", "InstantSource");
    /** Value types of the JDK whose {@code equals} accepts only their own class, with all their supertypes. */
    private static final Map<String, Set<String>> JDK_VALUES = Map.ofEntries(
            Map.entry("String", Set.of("Object", "Serializable", "Comparable", "CharSequence", "Constable",
                    "ConstantDesc")),
            Map.entry("Long", NUMBER_SUPERS), Map.entry("Integer", NUMBER_SUPERS), Map.entry("Short", NUMBER_SUPERS),
            Map.entry("Byte", NUMBER_SUPERS), Map.entry("Double", NUMBER_SUPERS), Map.entry("Float", NUMBER_SUPERS),
            Map.entry("BigDecimal", NUMBER_SUPERS), Map.entry("BigInteger", NUMBER_SUPERS),
            Map.entry("Character", Set.of("Object", "Serializable", "Comparable", "Constable")),
            Map.entry("Boolean", Set.of("Object", "Serializable", "Comparable", "Constable")),
            Map.entry("UUID", Set.of("Object", "Serializable", "Comparable")),
            Map.entry("LocalDate", TIME_SUPERS), Map.entry("LocalDateTime", TIME_SUPERS),
            Map.entry("LocalTime", TIME_SUPERS), Map.entry("Instant", TIME_SUPERS),
            Map.entry("ZonedDateTime", TIME_SUPERS), Map.entry("OffsetDateTime", TIME_SUPERS),
            Map.entry("YearMonth", TIME_SUPERS), Map.entry("Year", TIME_SUPERS), Map.entry("Duration", TIME_SUPERS),
            Map.entry("Period", TIME_SUPERS),
            Map.entry("Optional", Set.of("Object")),
            Map.entry("StringBuilder", Set.of("Object", "Serializable", "Comparable", "CharSequence", "Appendable",
                    "AbstractStringBuilder")),
            Map.entry("StringBuffer", Set.of("Object", "Serializable", "Comparable", "CharSequence", "Appendable",
                    "AbstractStringBuilder")));
    /** Where the JDK value types live: a name imported from elsewhere is not one of them. */
    private static final Set<String> JDK_PACKAGES = Set.of("java.lang.", "java.util.", "java.math.", "java.time.");
    private static final Set<String> MAPS = Set.of("Map", "HashMap", "LinkedHashMap", "TreeMap", "ConcurrentHashMap",
            "ConcurrentMap", "SortedMap", "NavigableMap", "EnumMap", "Hashtable", "WeakHashMap", "ConcurrentSkipListMap",
            "MultiValueMap", "LinkedMultiValueMap");
    private static final Set<String> LISTS = Set.of("List", "ArrayList", "LinkedList", "CopyOnWriteArrayList",
            "Vector", "Stack");
    private static final Set<String> COLLECTIONS = Set.of("List", "ArrayList", "LinkedList", "CopyOnWriteArrayList",
            "Vector", "Stack", "Set", "HashSet", "LinkedHashSet", "TreeSet", "SortedSet", "NavigableSet", "EnumSet",
            "CopyOnWriteArraySet", "ConcurrentSkipListSet", "Collection", "Queue", "Deque", "ArrayDeque",
            "ConcurrentLinkedQueue", "ConcurrentLinkedDeque", "BlockingQueue", "LinkedBlockingQueue");
    private static final Set<String> COLLECTION_LOOKUPS = Set.of("contains", "remove", "indexOf", "lastIndexOf");
    private static final Set<String> MAP_LOOKUPS = Set.of("get", "containsKey", "remove", "getOrDefault");
    private static final Set<String> STRING_RESULTS = Set.of("toString", "trim", "strip", "toLowerCase", "toUpperCase",
            "substring", "replace", "replaceAll", "formatted", "concat", "repeat", "stripLeading", "stripTrailing");
    private static final int MAX_DEPTH = 5;
    /** Names of the platform that code uses unimported or imported, and that no scanned file declares in practice. */
    private static final Set<String> PLATFORM = Set.of("Object", "Class", "Entry", "Map.Entry", "Throwable",
            "Exception", "RuntimeException", "Number", "CharSequence", "Iterable", "Iterator", "Enum", "Record",
            "Comparable", "Stream", "Method", "Field", "Constructor", "Annotation", "Type", "ClassLoader", "Thread",
            "Runnable", "Callable", "Supplier", "Function", "Consumer", "Predicate", "Void", "File", "Path", "URI",
            "URL", "Locale", "Charset", "Pattern", "Matcher", "Date", "Timestamp", "Properties");
    private static final Set<String> CALL_NAMES = Set.of("equals", "contains", "remove", "indexOf", "lastIndexOf", "get",
            "containsKey", "getOrDefault");
    /**
     * Receivers compared with library results too often to ask the solver about each: a
     * {@code String} constant against a name a library returns is almost always text.
     */
    private static final Set<String> TEXT_LIKE = Set.of("String", "Boolean", "StringBuilder", "StringBuffer");
    /** The JDK's maps and collections a scanned class may extend, fixing the type arguments. */
    private static final Set<String> JDK_CONTAINERS = Set.of("HashMap", "LinkedHashMap", "TreeMap",
            "ConcurrentHashMap", "AbstractMap", "ArrayList", "LinkedList", "HashSet", "LinkedHashSet", "TreeSet",
            "AbstractList", "AbstractSet", "CopyOnWriteArrayList", "Map", "List", "Set", "Collection");

    @Override
    public void register(Checks checks) {
        checks.onCalls(CALL_NAMES, IncompatibleEquals::check);
    }

    /** A type as written, and the scanned type in whose file it is written (null: the checked file). */
    private record Typed(String written, ScannedType near) {

        String erased() {
            int generic = written.indexOf('<');
            return (generic < 0 ? written : written.substring(0, generic)).trim();
        }

        String simple() {
            String erased = erased();
            return erased.substring(erased.lastIndexOf('.') + 1);
        }

        List<String> arguments() {
            int open = written.indexOf('<');
            int close = written.lastIndexOf('>');
            if (open < 0 || close < open) {
                return List.of();
            }
            List<String> arguments = new ArrayList<>();
            int depth = 0;
            int start = open + 1;
            for (int i = open + 1; i < close; i++) {
                char c = written.charAt(i);
                if (c == '<') {
                    depth++;
                } else if (c == '>') {
                    depth--;
                } else if (c == ',' && depth == 0) {
                    arguments.add(written.substring(start, i).trim());
                    start = i + 1;
                }
            }
            arguments.add(written.substring(start, close).trim());
            return arguments;
        }
    }

    private static void check(MethodCallExpr call, RuleContext context) {
        String name = call.getNameAsString();
        int arguments = call.getArguments().size();
        if (name.equals("equals")) {
            if (arguments == 2 && call.getScope().filter(s -> s.toString().equals("Objects")
                    || s.toString().equals("java.util.Objects")).isPresent()) {
                compare(call, call.getArgument(0), call.getArgument(1), context);
            } else if (arguments == 1 && call.getScope().filter(s -> !s.isThisExpr() && !s.isSuperExpr()).isPresent()) {
                compare(call, call.getScope().get(), call.getArgument(0), context);
            }
            return;
        }
        boolean collection = COLLECTION_LOOKUPS.contains(name) && arguments == 1;
        boolean map = MAP_LOOKUPS.contains(name) && (arguments == 1 || name.equals("getOrDefault") && arguments == 2);
        if ((collection || map) && call.getScope().isPresent()) {
            lookup(call, collection, map, context);
        }
    }

    private static void compare(MethodCallExpr call, Expression receiver, Expression argument, RuleContext context) {
        if (argument.isNullLiteralExpr() || receiver.isNullLiteralExpr()) {
            return;
        }
        Optional<Typed> left = typeOf(receiver, context, 0);
        if (left.isEmpty() || !valueType(left.get(), call, context)) {
            return;
        }
        Optional<Typed> right = typeOf(argument, context, 0);
        if (right.isEmpty() && !TEXT_LIKE.contains(left.get().simple()) && contract(left.get()).isEmpty()) {
            right = solved(argument, context); // a library call against an id or an enum: ask the solver
        }
        if (right.isEmpty() || !never(left.get(), right.get(), call, context)) {
            return;
        }
        String a = left.get().simple();
        String b = right.get().simple();
        context.report(call, "`" + Comparisons.shown(call) + "` compares `" + a + "` with `" + b + "`: " + article(a) + " `" + a
                + "` is never equal to " + article(b) + " `" + b + "`, so the result is always false; "
                + conversion(a, b));
    }

    private static void lookup(MethodCallExpr call, boolean asCollection, boolean asMap, RuleContext context) {
        Expression scope = call.getScope().get();
        Expression argument = call.getArgument(0);
        if (argument.isNullLiteralExpr()) {
            return;
        }
        // the argument first: most lookups take a key of no known type, and the receiver's type may cost more
        Optional<Typed> key = typeOf(argument, context, 0);
        if (key.isEmpty() || !valueType(key.get(), call, context)) {
            return;
        }
        Optional<Typed> container = typeOf(scope, context, 0);
        if (container.isEmpty()) {
            return;
        }
        // remove(..) is a lookup of both: the receiver's type says which
        boolean collection = asCollection && !(asMap && MAPS.contains(container.get().simple()));
        if (!collection && !asMap) {
            return;
        }
        Optional<Typed> element = elementType(container.get(), collection, scope, call, context);
        if (element.isEmpty()) {
            return;
        }
        if (collection && call.getNameAsString().equals("remove") && LISTS.contains(container.get().simple())
                && isIntIndex(argument, context)) {
            return; // List.remove(int): by position
        }
        // the lookup asks the argument's equals about each element or key
        if (!never(key.get(), element.get(), call, context)) {
            return;
        }
        String e = element.get().simple();
        String k = key.get().simple();
        String what = collection ? "elements" : "keys";
        context.report(call, "`" + Comparisons.shown(call) + "` compares `" + e + "` with `" + k + "`: the " + what + " of `"
                + shownScope(scope) + "` are `" + e + "`, and " + article(k) + " `" + k + "` is never equal to one, so the "
                + (call.getNameAsString().startsWith("get") ? "lookup finds nothing" : "call never matches")
                + "; " + conversion(e, k));
    }

    /**
     * The type the symbol solver gives a library call ({@code principal.getName()}), asked
     * only once the other side is known to be a value type.
     */
    private static Optional<Typed> solved(Expression expression, RuleContext context) {
        if (!(expression instanceof MethodCallExpr call) || call.getScope().isEmpty()) {
            return Optional.empty();
        }
        Optional<ResolvedType> type = context.resolver().typeOf(expression);
        if (type.isEmpty()) {
            return Optional.empty();
        }
        ResolvedType resolved = type.get();
        if (resolved.isPrimitive()) {
            return here(resolved.asPrimitive().describe());
        }
        if (!resolved.isReferenceType() || !resolved.asReferenceType().typeParametersValues().isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Typed(resolved.asReferenceType().getQualifiedName(), null));
    }

    /** The element (or key) type of a collection or map, from its type arguments; empty for wildcards and raw types. */
    private static Optional<Typed> elementType(Typed container, boolean collection, Expression scope, MethodCallExpr call,
            RuleContext context) {
        String simple = container.simple();
        if (collection ? COLLECTIONS.contains(simple) : MAPS.contains(simple)) {
            List<String> arguments = container.arguments();
            if (arguments.isEmpty() || arguments.get(0).startsWith("?")) {
                return Optional.empty();
            }
            return Optional.of(new Typed(arguments.get(0), container.near()));
        }
        // a scanned class that extends one of the JDK's maps or collections with its type arguments
        Optional<ScannedType> scanned = scanned(container, call, context);
        if (scanned.isEmpty()) {
            return Optional.empty();
        }
        Set<String> bases = collection ? COLLECTIONS : MAPS;
        for (String supertype : scanned.get().supertypes()) {
            String written = scanned.get().supertypeArguments().get(supertype);
            String base = supertype.substring(supertype.lastIndexOf('.') + 1);
            if (written != null && bases.contains(base) && JDK_CONTAINERS.contains(base)
                    && context.project().type(supertype, scanned.get()).isEmpty()) {
                List<String> arguments = new Typed(written, scanned.get()).arguments();
                return arguments.isEmpty() || arguments.get(0).startsWith("?") ? Optional.empty()
                        : Optional.of(new Typed(arguments.get(0), scanned.get()));
            }
        }
        return Optional.empty();
    }

    /**
     * Whether the type's {@code equals} is known to accept only its own class: a value type
     * of the JDK, an enum, or a record that does not override {@code equals}.
     */
    private static boolean valueType(Typed type, Node at, RuleContext context) {
        if (contract(type).isPresent() && scanned(type, at, context).isEmpty()) {
            return true;
        }
        Optional<ScannedType> scanned = scanned(type, at, context);
        if (scanned.isPresent()) {
            String kind = scanned.get().kind();
            return kind.equals("enum") || kind.equals("record") && !scanned.get().returnTypes().containsKey("equals/1");
        }
        return jdkValue(type, at, context);
    }

    /**
     * The contract a collection's {@code equals} keeps: a {@code List} equals only lists, a
     * {@code Set} only sets, a {@code Map} only maps.
     */
    private static Optional<String> contract(Typed type) {
        String simple = type.simple();
        if (LISTS.contains(simple)) {
            return Optional.of("List");
        }
        if (MAPS.contains(simple) && !simple.contains("MultiValue")) {
            return Optional.of("Map");
        }
        return Set.of("Set", "HashSet", "LinkedHashSet", "TreeSet", "SortedSet", "NavigableSet", "EnumSet")
                .contains(simple) ? Optional.of("Set") : Optional.empty();
    }

    /** Whether no value of static type {@code other} can be an instance of {@code value}'s class. */
    private static boolean never(Typed value, Typed other, Node at, RuleContext context) {
        String otherSimple = other.simple();
        if (other.written().startsWith("?") || isTypeVariable(other, at) || otherSimple.equals(value.simple())) {
            return false;
        }
        if (contract(value).isPresent() && scanned(value, at, context).isEmpty()) {
            // a collection against a value type of the JDK: never a list, set or map
            return scanned(other, at, context).isEmpty() && jdkValue(other, at, context);
        }
        Optional<ScannedType> valueScanned = scanned(value, at, context);
        Optional<ScannedType> otherScanned = scanned(other, at, context);
        if (valueScanned.isEmpty()) {
            // a JDK value type: its supertypes are all known
            if (otherScanned.isEmpty() && !jdkValue(other, at, context) && !knownLibraryType(other, at, context)) {
                return false;
            }
            return !JDK_VALUES.get(value.simple()).contains(otherSimple);
        }
        // an enum or a record of the scanned sources: what it implements, through the scanned types
        Set<String> supertypes = new HashSet<>(Set.of("Object", "Serializable", "Comparable", "Constable", "Enum",
                "Record"));
        boolean libraryParents = supertypesOf(valueScanned.get(), supertypes, context, 0);
        if (supertypes.contains(otherSimple)) {
            return false;
        }
        if (otherScanned.isPresent()) {
            return !otherScanned.get().qualifiedName().equals(valueScanned.get().qualifiedName());
        }
        // a library type: one of the library interfaces the type implements may extend it
        return jdkValue(other, at, context) || !libraryParents && knownLibraryType(other, at, context);
    }

    /** Adds the simple names of the type's supertypes; whether some of them are not scanned. */
    private static boolean supertypesOf(ScannedType type, Set<String> names, RuleContext context, int depth) {
        boolean library = false;
        for (String supertype : type.supertypes()) {
            String simple = supertype.substring(supertype.lastIndexOf('.') + 1);
            names.add(simple);
            Optional<ScannedType> scanned = depth < 4 ? context.project().type(supertype, type) : Optional.empty();
            if (scanned.isPresent()) {
                library |= supertypesOf(scanned.get(), names, context, depth + 1);
            } else if (!Set.of("Serializable", "Comparable", "Cloneable").contains(simple)) {
                library = true;
            }
        }
        return library;
    }

    private static Optional<ScannedType> scanned(Typed type, Node at, RuleContext context) {
        String erased = type.erased();
        if (jdkName(erased, type, context) || erased.isEmpty() || !Character.isUpperCase(erased.charAt(0))
                || erased.length() <= 2 || PLATFORM.contains(erased)) {
            return Optional.empty(); // String, Long, List, a type variable: not worth a search of the scanned files
        }
        return type.near() != null ? context.project().type(erased, type.near()) : context.project().type(erased, at);
    }

    /** A simple name of the JDK's value types and containers, not imported from elsewhere. */
    private static boolean jdkName(String erased, Typed type, RuleContext context) {
        if (erased.contains(".") || !(JDK_VALUES.containsKey(erased) || COLLECTIONS.contains(erased)
                || MAPS.contains(erased) && !erased.contains("MultiValue") || erased.equals("Object"))) {
            return false;
        }
        if (type.near() != null) {
            return true;
        }
        Optional<String> imported = context.resolver().importedName(erased);
        return imported.isEmpty() || JDK_PACKAGES.stream().anyMatch(p -> imported.get().startsWith(p));
    }

    /** A JDK value type, unless a type of that name is imported from elsewhere. */
    private static boolean jdkValue(Typed type, Node at, RuleContext context) {
        String erased = type.erased();
        if (erased.contains(".")) {
            return JDK_PACKAGES.stream().anyMatch(erased::startsWith) && JDK_VALUES.containsKey(type.simple());
        }
        return JDK_VALUES.containsKey(erased) && jdkName(erased, type, context);
    }

    /** A type of a library written by a name the file imports (or a JDK type): not a type variable. */
    private static boolean knownLibraryType(Typed type, Node at, RuleContext context) {
        String erased = type.erased();
        if (COLLECTIONS.contains(erased) || MAPS.contains(erased) || JDK_VALUES.containsKey(erased)) {
            return true;
        }
        if (erased.contains(".") || erased.equals("Object")) {
            return !erased.equals("Object");
        }
        return type.near() == null && context.resolver().importedName(erased).isPresent();
    }

    /** A type parameter of a method or class around {@code at}, or written like one ({@code T}, {@code ID}). */
    private static boolean isTypeVariable(Typed type, Node at) {
        String simple = type.simple();
        if (simple.length() <= 2 && simple.chars().allMatch(c -> Character.isUpperCase(c) || Character.isDigit(c))) {
            return true;
        }
        for (Node node = at; node != null; node = node.getParentNode().orElse(null)) {
            if (node instanceof NodeWithTypeParameters<?> generic) {
                for (TypeParameter parameter : generic.getTypeParameters()) {
                    if (parameter.getNameAsString().equals(simple)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /** The expression's static type, where the code says it; empty where it does not. */
    private static Optional<Typed> typeOf(Expression expression, RuleContext context, int depth) {
        if (depth > MAX_DEPTH) {
            return Optional.empty();
        }
        if (expression instanceof EnclosedExpr enclosed) {
            return typeOf(enclosed.getInner(), context, depth + 1);
        }
        if (expression instanceof CastExpr cast) {
            return written(cast.getType());
        }
        if (expression.isStringLiteralExpr() || expression.isTextBlockLiteralExpr()) {
            return here("String");
        }
        if (expression.isIntegerLiteralExpr()) {
            return here("Integer");
        }
        if (expression.isLongLiteralExpr()) {
            return here("Long");
        }
        if (expression.isCharLiteralExpr()) {
            return here("Character");
        }
        if (expression.isBooleanLiteralExpr()) {
            return here("Boolean");
        }
        if (expression.isDoubleLiteralExpr()) {
            String value = ((LiteralStringValueExpr) expression).getValue();
            return here(value.endsWith("f") || value.endsWith("F") ? "Float" : "Double");
        }
        if (expression instanceof BinaryExpr binary) {
            if (binary.getOperator() == BinaryExpr.Operator.PLUS && (binary.getLeft().isStringLiteralExpr()
                    || binary.getRight().isStringLiteralExpr())) {
                return here("String");
            }
            return Optional.empty();
        }
        if (expression instanceof ObjectCreationExpr created) {
            return created.getAnonymousClassBody().isPresent() || created.getType().getTypeArguments()
                    .filter(NodeList::isEmpty).isPresent() ? Optional.empty() : written(created.getType());
        }
        if (expression instanceof MethodCallExpr call) {
            return callType(call, context, depth);
        }
        if (expression instanceof FieldAccessExpr access && access.getScope() instanceof NameExpr owner
                && Character.isUpperCase(owner.getNameAsString().charAt(0)) && Scopes.of(owner).isEmpty()) {
            // Owner.CONSTANT: an enum's constant, or a constant of a scanned class or of a JDK value type
            Optional<ScannedType> type = context.project().type(owner.getNameAsString(), access);
            if (type.isEmpty()) {
                return jdkConstant(owner.getNameAsString(), access.getNameAsString()).flatMap(IncompatibleEquals::here);
            }
            if (type.isPresent()) {
                String field = type.get().fields().get(access.getNameAsString());
                if (field != null) {
                    return Optional.of(new Typed(field, type.get()));
                }
                if (type.get().kind().equals("enum")) {
                    return Optional.of(new Typed(type.get().qualifiedName(), null));
                }
            }
            return Optional.empty();
        }
        if (expression.isNameExpr() || expression.isFieldAccessExpr()) {
            Optional<Scopes.Declaration> declaration = DeclaredTypes.declaration(expression);
            if (declaration.isEmpty()) {
                return Optional.empty();
            }
            Optional<Type> type = declaration.get().writtenType();
            if (type.isPresent()) {
                return written(type.get());
            }
            if (declaration.get().node() instanceof Parameter parameter
                    && parameter.getParentNode().orElse(null) instanceof LambdaExpr lambda) {
                return LambdaParameters.typeOf(lambda, lambda.getParameters().indexOf(parameter))
                        .flatMap(IncompatibleEquals::written);
            }
            Optional<Expression> initializer = declaration.get().declarator().flatMap(VariableDeclarator::getInitializer);
            return initializer.isPresent() ? typeOf(initializer.get(), context, depth + 1) : Optional.empty();
        }
        return Optional.empty();
    }

    /** What a call returns: well-known factories, methods of this file, of scanned types, and container reads. */
    private static Optional<Typed> callType(MethodCallExpr call, RuleContext context, int depth) {
        String name = call.getNameAsString();
        Optional<Expression> scope = call.getScope();
        if (scope.isPresent() && scope.get() instanceof NameExpr owner && Scopes.of(owner).isEmpty()
                && context.project().type(owner.getNameAsString(), call).isEmpty()) {
            Optional<String> factory = factory(owner.getNameAsString(), name);
            if (factory.isPresent()) {
                return here(factory.get());
            }
        }
        if (name.equals("toString") && call.getArguments().isEmpty() || name.equals("name") && call.getArguments()
                .isEmpty() && scope.flatMap(s -> typeOf(s, context, depth + 1))
                .flatMap(t -> scanned(t, call, context)).filter(t -> t.kind().equals("enum")).isPresent()) {
            return here("String");
        }
        if (scope.isEmpty() || scope.get().isThisExpr()) {
            return DeclaredTypes.returnTypeOf(call).flatMap(IncompatibleEquals::written);
        }
        Optional<Typed> receiver = typeOf(scope.get(), context, depth + 1);
        if (receiver.isEmpty() && scope.get() instanceof NameExpr owner && Scopes.of(owner).isEmpty()
                && context.project().type(owner.getNameAsString(), call).isPresent()) {
            receiver = Optional.of(new Typed(owner.getNameAsString(), null)); // a static method of a scanned type
        }
        if (receiver.isEmpty()) {
            return Optional.empty();
        }
        Typed owner = receiver.get();
        if (owner.simple().equals("String") && owner.near() == null || owner.written().equals("String")) {
            if (STRING_RESULTS.contains(name)) {
                return here("String");
            }
            if (name.equals("charAt")) {
                return here("Character");
            }
            if (name.equals("length")) {
                return here("Integer");
            }
        }
        Optional<Typed> read = containerRead(owner, name, call.getArguments().size());
        if (read.isPresent()) {
            return read;
        }
        Optional<ScannedType> type = scanned(owner, call, context);
        String key = name + "/" + call.getArguments().size();
        return Comparisons.declaredReturn(type, key, context.project())
                .map(declared -> new Typed(declared.written(), declared.in()))
                .filter(result -> !result.written().equals("void") && !isTypeVariable(result, call))
                .map(IncompatibleEquals::boxed);
    }

    /** A read of a container's element: {@code list.get(i)}, {@code map.get(k)}, {@code optional.get()}. */
    private static Optional<Typed> containerRead(Typed owner, String method, int arity) {
        String simple = owner.simple();
        List<String> arguments = owner.arguments();
        if (arguments.isEmpty()) {
            return Optional.empty();
        }
        String result = null;
        if (LISTS.contains(simple) && method.equals("get") && arity == 1) {
            result = arguments.get(0);
        } else if (MAPS.contains(simple) && (method.equals("get") && arity == 1 || method.equals("getOrDefault"))
                && arguments.size() == 2) {
            result = arguments.get(1);
        } else if (simple.equals("Optional") && (method.equals("get") || method.equals("orElseThrow")) && arity <= 1) {
            result = arguments.get(0);
        } else if (simple.equals("Entry") && arguments.size() == 2) {
            result = method.equals("getKey") ? arguments.get(0) : method.equals("getValue") ? arguments.get(1) : null;
        }
        return result == null || result.startsWith("?") ? Optional.empty() : Optional.of(new Typed(result, owner.near()));
    }

    /** Constants of the JDK value types that have their own type: {@code Boolean.TRUE}, {@code BigDecimal.ZERO}. */
    private static Optional<String> jdkConstant(String owner, String name) {
        return switch (owner) {
            case "Boolean" -> name.equals("TRUE") || name.equals("FALSE") ? Optional.of(owner) : Optional.empty();
            case "Long", "Integer", "Short", "Byte", "Double", "Float", "Character" ->
                    name.equals("MAX_VALUE") || name.equals("MIN_VALUE") ? Optional.of(owner) : Optional.empty();
            case "BigDecimal", "BigInteger" -> Set.of("ZERO", "ONE", "TWO", "TEN").contains(name)
                    ? Optional.of(owner) : Optional.empty();
            case "Instant", "LocalDate", "LocalDateTime", "LocalTime", "Duration", "Period" ->
                    Set.of("EPOCH", "MIN", "MAX", "ZERO", "MIDNIGHT", "NOON").contains(name)
                            ? Optional.of(owner) : Optional.empty();
            default -> Optional.empty();
        };
    }

    /** Static factories of the JDK value types. */
    private static Optional<String> factory(String owner, String method) {
        return switch (owner) {
            case "String" -> Set.of("valueOf", "format", "join", "copyValueOf").contains(method)
                    ? Optional.of("String") : Optional.empty();
            case "Long", "Integer", "Short", "Byte", "Double", "Float", "Boolean" -> method.equals("valueOf")
                    || method.startsWith("parse") ? Optional.of(owner) : Optional.empty();
            case "UUID" -> Set.of("fromString", "randomUUID", "nameUUIDFromBytes").contains(method)
                    ? Optional.of("UUID") : Optional.empty();
            case "LocalDate", "LocalDateTime", "LocalTime", "Instant", "ZonedDateTime", "OffsetDateTime" ->
                    Set.of("now", "of", "parse", "ofEpochMilli", "ofEpochSecond", "ofInstant").contains(method)
                            ? Optional.of(owner) : Optional.empty();
            default -> Optional.empty();
        };
    }

    private static Optional<Typed> written(Type type) {
        if (type.isPrimitiveType()) {
            return here(type.asString()); // boxed by here, without the parser's toBoxedType()
        }
        if (!type.isClassOrInterfaceType() || type.isVarType()) {
            return Optional.empty();
        }
        return here(TextTypes.written(type));
    }

    private static Typed boxed(Typed type) {
        return switch (type.written()) {
            case "long" -> new Typed("Long", null);
            case "int" -> new Typed("Integer", null);
            case "short" -> new Typed("Short", null);
            case "byte" -> new Typed("Byte", null);
            case "char" -> new Typed("Character", null);
            case "boolean" -> new Typed("Boolean", null);
            case "double" -> new Typed("Double", null);
            case "float" -> new Typed("Float", null);
            default -> type;
        };
    }

    private static Optional<Typed> here(String written) {
        return Optional.of(boxed(new Typed(written, null)));
    }

    /** Whether the argument is an {@code int} (or narrower), which {@code List.remove} takes as a position. */
    private static boolean isIntIndex(Expression argument, RuleContext context) {
        if (argument.isIntegerLiteralExpr() || argument.isCharLiteralExpr()) {
            return true;
        }
        Optional<Type> declared = argument.isNameExpr() ? DeclaredTypes.of(argument) : Optional.empty();
        if (declared.isPresent()) {
            return declared.get().isPrimitiveType();
        }
        return !(argument instanceof MethodCallExpr call && call.getNameAsString().equals("valueOf"))
                && !argument.isCastExpr() && !argument.isObjectCreationExpr() && !argument.isStringLiteralExpr();
    }

    /** How to bring a value of type {@code from} to {@code target}, where one call does it. */
    private static String conversion(String target, String from) {
        if (from.equals("String")) {
            return switch (target) {
                case "Long", "Integer", "Short", "Byte", "Double", "Float", "Boolean" ->
                        "convert the text first (`" + target + ".valueOf(..)`)";
                case "UUID" -> "convert the text first (`UUID.fromString(..)`)";
                default -> "compare values of the same type";
            };
        }
        return target.equals("String") ? "compare the text (`String.valueOf(..)`)" : "compare values of the same type";
    }

    private static String article(String name) {
        return "AEIOU".indexOf(Character.toUpperCase(name.charAt(0))) >= 0 ? "an" : "a";
    }


    private static String shownScope(Expression scope) {
        String text = scope.toString().replaceAll("\\s+", " ");
        return text.length() <= 40 ? text : text.substring(0, 39) + "…";
    }
}
