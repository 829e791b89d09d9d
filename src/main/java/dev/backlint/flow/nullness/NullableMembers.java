package dev.backlint.flow.nullness;

import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.ClassOrInterfaceDeclaration;
import com.github.javaparser.ast.body.FieldDeclaration;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.Parameter;
import com.github.javaparser.ast.body.RecordDeclaration;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.AnnotationExpr;
import com.github.javaparser.ast.expr.AssignExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NormalAnnotationExpr;
import com.github.javaparser.ast.expr.NullLiteralExpr;
import com.github.javaparser.ast.nodeTypes.NodeWithAnnotations;
import com.github.javaparser.ast.stmt.BlockStmt;
import com.github.javaparser.ast.stmt.CatchClause;
import com.github.javaparser.ast.stmt.ExpressionStmt;
import com.github.javaparser.ast.stmt.ReturnStmt;
import com.github.javaparser.ast.stmt.Statement;
import com.github.javaparser.ast.stmt.TryStmt;
import com.github.javaparser.ast.type.ClassOrInterfaceType;
import com.github.javaparser.ast.type.Type;
import dev.backlint.api.FactKind;
import dev.backlint.api.Project;
import dev.backlint.engine.FactExtractor;
import dev.backlint.models.NullSources;
import dev.backlint.resolve.Body;
import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * What of a file's types may be null, for callers in other files: per type, its methods
 * ({@code name/arity}) that may return null, with the reason, its fields declared
 * {@code @Nullable} (as {@code #name}), and its check methods ({@link Checks}: those that
 * throw when an argument is null, and those whose result tells it is not). A method may return null when it is declared
 * {@code @Nullable} or {@code @CheckForNull}, when its own body returns the literal
 * {@code null}, or when it is a query method of a Spring Data repository that returns an
 * entity rather than an {@code Optional} or a collection.
 */
public final class NullableMembers implements FactKind<Map<String, Map<String, String>>> {

    public static final NullableMembers KIND = new NullableMembers();

    static final String DECLARED = "it is declared @Nullable";
    static final String RETURNS_NULL = "it returns null on some path";
    static final String NO_ROW = "it returns null when no row matches";
    static final String UNPARSEABLE = "it returns null for input it cannot parse";
    /** A method that returns null on a branch a random draw decides. */
    static final String AT_RANDOM = "it returns null at random";
    /** A method whose every return hands back null: a local only ever set to null, not a bare stub. */
    static final String ALWAYS_NULL = "it returns null on every path";
    /** Marks a method a subclass may override: a call through {@code this} may run another body. */
    static final String VIRTUAL = "virtual:";
    /** Member keys of methods that override a supertype's without returning null. */
    /** Marks a nullable method that is static: a call on a subtype does not reach it. */
    static final String STATIC = "static:";
    static final String OVERRIDES = "overrides:";


    private NullableMembers() {
    }

    @Override
    public String id() {
        return "nullness.nullable-members";
    }

    @Override
    public Map<String, Map<String, String>> extract(CompilationUnit unit, Project self) {
        Map<String, Map<String, String>> types = new TreeMap<>();
        for (TypeDeclaration<?> type : unit.findAll(TypeDeclaration.class)) {
            Optional<String> name = FactExtractor.enclosingTypeName(type);
            if (name.isPresent()) {
                Map<String, String> members = of(type);
                if (!members.isEmpty()) {
                    types.put(name.get(), Map.copyOf(members));
                }
            }
        }
        return Map.copyOf(types);
    }

    /** The nullable members of one type of this file: methods by {@code name/arity}, fields by {@code #name}. */
    static Map<String, String> of(TypeDeclaration<?> type) {
        Map<String, String> members = new HashMap<>();
        boolean repository = type instanceof ClassOrInterfaceDeclaration declaration && declaration.isInterface()
                && declaration.getExtendedTypes().stream()
                        .anyMatch(t -> NullSources.REPOSITORIES.contains(t.getNameAsString()));
        Map<String, Long> arities = new HashMap<>();
        type.getMethods().forEach(m -> arities.merge(m.getNameAsString() + "/" + m.getParameters().size(), 1L, Long::sum));
        java.util.Set<String> instanceFields = new java.util.HashSet<>();
        type.getFields().stream().filter(field -> !field.isStatic())
                .forEach(field -> field.getVariables().forEach(variable -> instanceFields.add(variable.getNameAsString())));
        for (MethodDeclaration method : type.getMethods()) {
            String key = method.getNameAsString() + "/" + method.getParameters().size();
            // overloads of one arity: which one a call runs, the name alone does not tell
            boolean alone = arities.get(key) == 1;
            for (int i = 0; i < method.getParameters().size() && method.getBody().isPresent(); i++) {
                if (Checks.assertsTrue(method, i)) {
                    members.put(Checks.ASSERTS + key + ":" + i, "");
                }
                if (method.getParameter(i).getType().isPrimitiveType()) {
                    continue;
                }
                if (alone && Checks.dereferencesParameter(method, i)) {
                    // "virtual": a subclass may override it, and a call on this object may run the override
                    members.put(Checks.DEREFERENCES + key + ":" + i, overridable(method) ? "virtual" : "");
                } else if (alone && Checks.dereferencesParameterUnderCondition(method, i)) {
                    members.put(Checks.DEREFERENCES_IF + key + ":" + i, overridable(method) ? "virtual" : "");
                } else if (alone) {
                    int index = i;
                    String virtual = overridable(method) ? "virtual;" : "";
                    Checks.forwardedParameter(method, i).ifPresent(target -> members.put(Checks.FORWARDS + key + ":" + index,
                            virtual + target));
                }
                if (Checks.ensuresNonNull(method, i)) {
                    members.put(Checks.ENSURES + key + ":" + i, "");
                }
                int index = i;
                Checks.containsKeyOf(method, i).ifPresent(map -> members.put(Checks.CONTAINS + key + ":" + index, map));
                Optional<Boolean> outcome = Checks.nonNullWhen(method, i);
                if (outcome.isPresent()) {
                    members.put((outcome.get() ? Checks.WHEN_TRUE : Checks.WHEN_FALSE) + key + ":" + i, "");
                }
            }
            if (method.getBody().isPresent() && alone) {
                Checks.fieldDereferencedOnEntry(method, instanceFields).ifPresent(field -> members.put(Checks.DEREFERENCES_FIELD + key,
                        (overridable(method) ? "virtual;" : "") + field));
            }
            if (method.getBody().isPresent() && Checks.neverReturns(method) && !hook(method)) {
                members.put(Checks.NEVER_RETURNS + key, "");
            }
            // an interface's default that returns null is a fallback its implementations replace
            // one that returns null only while a field of its object is unset reads the object's
            // life cycle (started, connected), which its callers know: not a source either
            boolean atRandom = method.getBody().isPresent() && !method.isDefault() && Checks.nullAtRandom(method);
            if (isNullable(method) || atRandom || method.getBody().isPresent() && !method.isDefault() && returnsNull(method)
                    && Checks.nullOnlyForState(method).isEmpty() && !Checks.registrySearch(method)
                    && !Checks.nullOnlyWhenDenied(method) && !Checks.documentSearch(method)) {
                members.put(key, isNullable(method) ? DECLARED : unparseable(method) ? UNPARSEABLE
                        : method.getBody().isPresent() && Checks.returnsNullOnEveryPath(method) ? ALWAYS_NULL
                        : atRandom ? AT_RANDOM : RETURNS_NULL);
                if (overridable(method)) {
                    members.put(VIRTUAL + key, "");
                }
                if (method.isStatic()) {
                    members.put(STATIC + key, ""); // not a member of the subtypes' calls
                }
                if (Checks.lookupByKey(method)) {
                    members.put(Checks.KEYED + key, "");
                }
                if (method.getBody().isPresent()) {
                    Checks.nullUnlessTest(method).ifPresent(test -> members.put(Checks.NULL_UNLESS + key, test));
                    Checks.nullOnlyFor(method).ifPresent(index -> members.put(Checks.NULL_ONLY_FOR + key,
                            Integer.toString(index)));
                    Checks.nullIfNull(method).ifPresent(index -> members.put(Checks.NULL_IF_NULL + key,
                            Integer.toString(index)));
                    Checks.nullOnlyForFlag(method).ifPresent(flag -> members.put(Checks.NULL_FLAG + key, flag));
                    Checks.nullWhenCall(method).ifPresent(template -> members.put(Checks.NULL_WHEN_CALL + key, template));
                }
            } else if (method.getBody().isPresent() && !method.isDefault() && Checks.returnsMissingValue(method).isPresent()) {
                members.put(key, Checks.returnsMissingValue(method).get()); // return request.getParameter(name);
            } else if (repository && method.getBody().isEmpty() && isEntityLookup(method)) {
                members.put(key, NO_ROW);
            } else if (method.getAnnotationByName("Override").isPresent()) {
                members.put(OVERRIDES + key, ""); // hides a nullable method of a supertype
            }
        }
        if (type instanceof RecordDeclaration record) {
            for (Parameter component : record.getParameters()) {
                if (isNullable(component)) {
                    members.put(component.getNameAsString() + "/0", DECLARED); // its accessor
                    members.put("#" + component.getNameAsString(), DECLARED);
                }
            }
        }
        // overloads of one arity that differ: a call cannot be told apart without the solver
        arities.forEach((key, count) -> {
            if (count > 1 && members.containsKey(key)) {
                long nullable = type.getMethods().stream()
                        .filter(m -> (m.getNameAsString() + "/" + m.getParameters().size()).equals(key))
                        .filter(m -> isNullable(m) || m.getBody().isPresent() && returnsNull(m)).count();
                if (nullable < count) {
                    members.remove(key);
                }
            }
        });
        for (FieldDeclaration field : type.getFields()) {
            if (isNullable(field)) {
                for (VariableDeclarator variable : field.getVariables()) {
                    members.put("#" + variable.getNameAsString(), DECLARED);
                }
            }
        }
        return members;
    }

    /** Whether a subclass may override the method: an instance method, not private or final, of a class that is not final. */
    private static boolean overridable(MethodDeclaration method) {
        if (method.isPrivate() || method.isStatic() || method.isFinal()) {
            return false;
        }
        return method.getParentNode().filter(parent -> parent instanceof ClassOrInterfaceDeclaration type
                && !type.isFinal()).isPresent();
    }

    /**
     * Whether a method that always throws is a hook for subclasses rather than a check: it
     * returns a value ({@code protected String endpoint() { throw new Unsupported…; }}) and a
     * subclass may override it, so a call through {@code this} may well return.
     */
    private static boolean hook(MethodDeclaration method) {
        return !method.getType().isVoidType() && overridable(method);
    }

    /** Why a handler parameter bound from the request may be null: the client may leave the value out. */
    static final String OPTIONAL_REQUEST = "the request may not carry it";

    /** Spring annotations that bind a handler parameter from the request, {@code required} by default. */
    private static final Set<String> SPRING_BINDINGS = Set.of("RequestParam", "RequestHeader",
            "CookieValue", "RequestAttribute", "SessionAttribute", "MatrixVariable", "RequestPart", "RequestBody",
            "PathVariable");
    /** JAX-RS annotations that bind a parameter from the request, null when the value is absent. */
    private static final Set<String> JAX_RS_BINDINGS = Set.of("QueryParam", "HeaderParam",
            "CookieParam", "FormParam", "MatrixParam");
    /** Parameter types a binding fills with an empty value, never null, when the request lacks it. */
    private static final Set<String> NEVER_ABSENT = Set.of("List", "Set", "SortedSet",
            "Collection", "Optional", "OptionalInt", "OptionalLong", "OptionalDouble");

    /**
     * Whether a handler parameter is bound from the request and left null when the client does
     * not send the value: a Spring binding with {@code required = false} and no
     * {@code defaultValue} ({@code @RequestHeader(value = "X-Tenant", required = false) String
     * tenant}), or a JAX-RS {@code @QueryParam}, {@code @HeaderParam} and the like without
     * {@code @DefaultValue}. Not a primitive, an {@code Optional} or a collection, which the
     * binding fills anyway.
     */
    static boolean optionalRequestValue(NodeWithAnnotations<?> declaration) {
        if (!(declaration instanceof Parameter parameter)
                || parameter.getType().isPrimitiveType() || !parameter.getType().isClassOrInterfaceType()
                || NEVER_ABSENT.contains(parameter.getType().asClassOrInterfaceType().getNameAsString())) {
            return false;
        }
        boolean jaxRs = parameter.getAnnotations().stream().anyMatch(a -> JAX_RS_BINDINGS.contains(a.getName().getIdentifier()))
                && parameter.getAnnotationByName("DefaultValue").isEmpty();
        return jaxRs || parameter.getAnnotations().stream()
                .filter(a -> SPRING_BINDINGS.contains(a.getName().getIdentifier()))
                .filter(NormalAnnotationExpr.class::isInstance)
                .map(NormalAnnotationExpr.class::cast)
                .anyMatch(binding -> binding.getPairs().stream().anyMatch(pair -> pair.getNameAsString().equals("required")
                        && pair.getValue().isBooleanLiteralExpr() && !pair.getValue().asBooleanLiteralExpr().getValue())
                        && binding.getPairs().stream().noneMatch(pair -> pair.getNameAsString().equals("defaultValue")));
    }

    /** Why an injected field or parameter may be null: no bean of its type may exist. */
    static final String OPTIONAL_BEAN = "it is injected only when such a bean exists";

    /** Whether a field or parameter is injected with {@code @Autowired(required = false)}: null when no bean matches. */
    static boolean optionallyInjected(NodeWithAnnotations<?> declaration) {
        return declaration.getAnnotationByName("Autowired")
                .filter(NormalAnnotationExpr.class::isInstance)
                .map(NormalAnnotationExpr.class::cast)
                .filter(autowired -> autowired.getPairs().stream().anyMatch(pair -> pair.getNameAsString().equals("required")
                        && pair.getValue().isBooleanLiteralExpr() && !pair.getValue().asBooleanLiteralExpr().getValue()))
                .isPresent();
    }

    /**
     * Whether a field holds an optional bean: it is injected with
     * {@code @Autowired(required = false)}, or it is declared {@code @Nullable} and set only
     * by a method so annotated ({@code @Autowired(required = false) void setArchive(Sink sink)}).
     */
    static boolean optionalBeanField(FieldDeclaration field) {
        if (optionallyInjected(field)) {
            return true;
        }
        if (!isNullable(field) || !(field.getParentNode().orElse(null) instanceof TypeDeclaration<?> type)
                || type.getMethods().stream().noneMatch(NullableMembers::optionallyInjected)) {
            return false;
        }
        return field.getVariables().stream().allMatch(variable -> {
            List<AssignExpr> writes = Checks.fieldWrites(type, variable.getNameAsString());
            return variable.getInitializer().isEmpty() && !writes.isEmpty() && writes.stream()
                    .allMatch(write -> write.findAncestor(MethodDeclaration.class).filter(NullableMembers::optionallyInjected).isPresent());
        });
    }

    /** Whether a declaration carries {@code @Nullable} or {@code @CheckForNull} (any package). */
    static boolean isNullable(NodeWithAnnotations<?> declaration) {
        for (AnnotationExpr annotation : declaration.getAnnotations()) {
            if (NullSources.NULLABLE_ANNOTATIONS.contains(annotation.getName().getIdentifier())) {
                return true;
            }
        }
        if (optionallyInjected(declaration) || optionalRequestValue(declaration)) {
            return true;
        }
        Node node = (Node) declaration;
        // a type-use annotation: @Nullable String name()
        return node instanceof MethodDeclaration method && method.getType().getAnnotations().stream()
                .anyMatch(a -> NullSources.NULLABLE_ANNOTATIONS.contains(a.getName().getIdentifier()))
                || node instanceof FieldDeclaration field && field.getElementType().getAnnotations().stream()
                .anyMatch(a -> NullSources.NULLABLE_ANNOTATIONS.contains(a.getName().getIdentifier()));
    }

    /**
     * Whether some path of the method returns the null literal, other than from a catch
     * block of failures other than bad input. A body that is nothing but
     * {@code return null;} is a placeholder (a stub that a subclass, a proxy or a native-image
     * substitution replaces, an adapter's empty default): not a source unless declared so.
     */
    private static boolean returnsNull(MethodDeclaration method) {
        if (method.getBody().get().findFirst(NullLiteralExpr.class).isEmpty()) {
            return false; // each way below returns a null literal, or a fallback or a variable given one
        }
        List<Statement> statements = method.getBody().get().getStatements();
        if (statements.size() == 1 && statements.get(0) instanceof ReturnStmt only
                && only.getExpression().filter(e -> e.isNullLiteralExpr()).isPresent()) {
            return false;
        }
        return method.getBody().get().findFirst(ReturnStmt.class, ret -> ret.getExpression()
                .filter(e -> e.isNullLiteralExpr()).isPresent() && !Body.nestedIn(ret, method)
                && !afterThrowingCall(ret, method)
                && ret.findAncestor(CatchClause.class)
                        .filter(handler -> method.isAncestorOf(handler)).map(NullableMembers::badInput).orElse(true))
                .isPresent() || Checks.returnsAlwaysNullVariable(method) || returnsNullFallback(method);
    }

    /**
     * Whether the method answers null for malformed input: it returns null from a handler of
     * a parse failure ({@code catch (DateTimeParseException e) { return null; }}), or after a
     * {@code try} whose block returns and whose handlers, all of parse failures, fall through
     * ({@code try { return mapper.readTree(json); } catch (JsonProcessingException e) { log..; }
     * return null;}). Whoever passes it text from outside meets that null.
     */
    private static boolean unparseable(MethodDeclaration method) {
        return method.getBody().get().findFirst(ReturnStmt.class, ret -> ret.getExpression()
                .filter(e -> e.isNullLiteralExpr()).isPresent() && !Body.nestedIn(ret, method)
                && (ret.findAncestor(CatchClause.class)
                        .filter(handler -> method.isAncestorOf(handler) && badInput(handler)).isPresent()
                || afterParsingTry(ret))).isPresent();
    }

    /** Whether a {@code return null;} follows a {@code try} whose block ends in a return and whose handlers all catch parse failures. */
    private static boolean afterParsingTry(ReturnStmt ret) {
        if (!(ret.getParentNode().orElse(null) instanceof BlockStmt block)) {
            return false;
        }
        int at = Checks.indexOf(block, ret);
        return at >= 1 && block.getStatement(at - 1) instanceof TryStmt attempt
                && !attempt.getCatchClauses().isEmpty() && attempt.getCatchClauses().stream().allMatch(NullableMembers::badInput)
                && attempt.getFinallyBlock().isEmpty()
                && attempt.getTryBlock().getStatements().isNonEmpty()
                && attempt.getTryBlock().getStatements().getLast().filter(ReturnStmt.class::isInstance).isPresent();
    }

    /**
     * Whether a {@code return null;} comes right after a call of a method of the class that
     * never returns ({@code throwIllegalAddition(..); return null;}): the compiler wants the
     * return, but no path reaches it.
     */
    private static boolean afterThrowingCall(ReturnStmt ret, MethodDeclaration method) {
        if (!(ret.getParentNode().orElse(null) instanceof BlockStmt block)
                || !(method.getParentNode().orElse(null) instanceof TypeDeclaration<?> type)) {
            return false;
        }
        int at = Checks.indexOf(block, ret);
        if (at < 1 || !(block.getStatement(at - 1) instanceof ExpressionStmt statement)
                || !(statement.getExpression() instanceof MethodCallExpr call)
                || call.getScope().isPresent() && !call.getScope().get().isThisExpr()) {
            return false;
        }
        List<MethodDeclaration> targets = type.getMethodsByName(call.getNameAsString()).stream()
                .filter(target -> target.getParameters().size() == call.getArguments().size() && target.getBody().isPresent())
                .toList();
        return targets.size() == 1 && Checks.neverReturns(targets.get(0));
    }

    /**
     * Whether the method returns a fallback of null it asked for, looking up by a key
     * ({@code return repository.findById(id).orElse(null);}): where the answer depends only on
     * objects passed in ({@code factoryFor(model)}), their state is what callers rely on.
     */
    private static boolean returnsNullFallback(MethodDeclaration method) {
        return Checks.lookupByKey(method) && method.getBody().get().findFirst(ReturnStmt.class, ret -> !Body.nestedIn(ret, method)
                && ret.getExpression().map(NullnessFlow::unwrap)
                .filter(value -> value instanceof MethodCallExpr call
                        && NullOrigins.asksNullFallback(call)).isPresent()).isPresent();
    }

    /** Exceptions that say an input was malformed: the null a handler of them returns means "not valid". */
    private static final Pattern BAD_INPUT = Pattern.compile(
            "(Parse|Format|Syntax|Processing|Mapping|DateTime|MalformedURL|IllegalArgument)Exception$|DateTimeException$");

    /**
     * Whether a catch block handles malformed input ({@code DateTimeParseException},
     * {@code NumberFormatException}, {@code JsonProcessingException}): its null is the answer
     * for bad input, which callers meet. A null from a handler of other failures (an
     * {@code SQLException}, an {@code IOException}, any {@code Exception}) stands for a failure
     * the method swallowed: that is the exception rules' matter, not every caller's dereference.
     */
    private static boolean badInput(CatchClause handler) {
        List<Type> types = Checks.caughtTypes(handler);
        return types.stream().allMatch(type -> BAD_INPUT.matcher(type.asString()).find());
    }

    private static boolean isEntityLookup(MethodDeclaration method) {
        String name = method.getNameAsString();
        if (NullSources.THROWING_LOOKUPS.contains(name)
                || NullSources.QUERY_PREFIXES.stream().noneMatch(prefix -> name.startsWith(prefix))) {
            return false;
        }
        if (!method.getType().isClassOrInterfaceType()) {
            return false;
        }
        ClassOrInterfaceType type = method.getType().asClassOrInterfaceType();
        String written = type.getNameAsString();
        return !NullSources.NEVER_NULL_RESULTS.contains(written) && !CONTAINERS.contains(written)
                && !written.equals("Long") && !written.equals("Integer")
                && !written.equals("Boolean") && !written.equals("Object") && type.getTypeArguments().isEmpty();
    }

    /**
     * Raw collection and result types a query method may return: never null, an empty one
     * when no row matches. By name, not by ending: {@code ValueSet} and {@code PriceList}
     * are entities.
     */
    private static final Set<String> CONTAINERS = Set.of("List", "ArrayList", "LinkedList", "Set",
            "HashSet", "LinkedHashSet", "TreeSet", "SortedSet", "NavigableSet", "EnumSet", "Collection", "Iterable",
            "Stream", "Page", "Slice", "Map", "ResultSet", "RowSet");

    @Override
    public void write(Map<String, Map<String, String>> facts, DataOutput out) throws IOException {
        out.writeInt(facts.size());
        for (Map.Entry<String, Map<String, String>> type : new TreeMap<>(facts).entrySet()) {
            out.writeUTF(type.getKey());
            out.writeInt(type.getValue().size());
            for (Map.Entry<String, String> member : new TreeMap<>(type.getValue()).entrySet()) {
                out.writeUTF(member.getKey());
                out.writeUTF(member.getValue());
            }
        }
    }

    @Override
    public Map<String, Map<String, String>> read(DataInput in) throws IOException {
        Map<String, Map<String, String>> facts = new HashMap<>();
        for (int t = in.readInt(); t > 0; t--) {
            String type = in.readUTF();
            Map<String, String> members = new HashMap<>();
            for (int m = in.readInt(); m > 0; m--) {
                members.put(in.readUTF(), in.readUTF());
            }
            facts.put(type, Map.copyOf(members));
        }
        return Map.copyOf(facts);
    }
}
