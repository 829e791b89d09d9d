package dev.backlint.flow.taint;

import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.BodyDeclaration;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.Parameter;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import dev.backlint.api.FactKind;
import dev.backlint.api.Project;
import dev.backlint.api.RuleContext.Related;
import dev.backlint.api.SourceRange;
import dev.backlint.api.TextTypes;
import dev.backlint.engine.FactExtractor;
import dev.backlint.engine.Suppressions;
import dev.backlint.flow.constants.ConstantEvaluator;
import dev.backlint.matchers.SqlSinkCalls;
import dev.backlint.models.LibraryPackages;
import dev.backlint.models.SqlSinks;
import dev.backlint.resolve.DeclaredTypes;
import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * Sink summaries of the methods of a file's types (classes of the application: those of
 * {@link LibraryPackages} are known by tables instead): per type, method ({@code name/arity})
 * and parameter, where the parameter's value goes that matters to SQL injection. It
 * reaches the SQL text of a sink of this file (with the steps on the way), or an argument
 * of a call of another method, to be followed through that method's own summary when a
 * caller asks. Computed from the file alone, so a summary is a fact of its file; callers
 * compose them.
 */
public final class SinkFacts implements FactKind<Map<String, Map<String, List<SinkFacts.Reach>>>> {

    public static final SinkFacts KIND = new SinkFacts();

    /** The rule whose in-source suppressions a sink records (it is reported from other files). */
    private static final String RULE = "sql-injection";

    /** A step of a path: a place of the file and what happens there. */
    public record Step(SourceRange range, String message) {
    }

    /**
     * Where a parameter's value goes: the SQL text of a sink of the file ({@code sink} is
     * the sink call, and whether a suppression covers it there), or
     * argument {@code argument} of a call of {@code method} (with {@code arity} arguments)
     * of the type written {@code calleeType} in this file ({@code sink} is then the call).
     * {@code steps} lead from the parameter to that place. Two other keys of a type's map
     * hold reaches of their own shape: {@link #returnsKey} (one reach naming in
     * {@code calleeType} the sink type a method hands out) and {@link #mapperKey} (one
     * reach per parameter of a mapper interface's method, its names in {@code method}).
     */
    public record Reach(boolean toSink, Step sink, boolean suppressed, String calleeType,
                        String method, int arity, int argument, List<Step> steps) {

        public Reach {
            steps = List.copyOf(steps);
        }
    }

    private static final int MAX_STEPS = 24;

    private SinkFacts() {
    }

    @Override
    public String id() {
        return "taint.sinks";
    }

    /** The parameter index of the key that says a type declares a method, whatever its summary. */
    static final int DECLARED = -1;

    /** The summary key of a parameter: {@code name/arity#index}. */
    static String key(String method, int arity, int parameter) {
        return method + "/" + arity + "#" + parameter;
    }

    /** The key of a parameter of a method whose last parameter of {@code arity} takes varargs: {@code name/arity+#index}. */
    static String varargsKey(String method, int arity, int parameter) {
        return method + "/" + arity + "+#" + parameter;
    }

    /** The key under which a method declares its parameters' summaries. */
    private static String keyOf(MethodDeclaration method, int parameter) {
        int arity = method.getParameters().size();
        return arity > 0 && method.getParameter(arity - 1).isVarArgs()
                ? varargsKey(method.getNameAsString(), arity, parameter) : key(method.getNameAsString(), arity, parameter);
    }

    @Override
    public Map<String, Map<String, List<Reach>>> extract(CompilationUnit unit, Project self) {
        String pkg = unit.getPackageDeclaration().map(p -> p.getNameAsString() + ".").orElse("");
        if (LibraryPackages.isLibrary(pkg)) {
            return Map.of(); // a library's own code: its classes are known by tables
        }
        ConstantEvaluator constants = new ConstantEvaluator(self);
        Map<String, Map<String, List<Reach>>> summaries = new TreeMap<>();
        for (TypeDeclaration<?> type : FactExtractor.memberTypes(unit)) {
            Optional<String> name = FactExtractor.enclosingTypeName(type);
            if (name.isEmpty()) {
                continue;
            }
            Map<String, List<Reach>> methods = new TreeMap<>();
            Map<String, Boolean> scanned = new HashMap<>(); // per type name written in the type: an application class
            boolean isInterface = type instanceof com.github.javaparser.ast.body.ClassOrInterfaceDeclaration declared
                    && declared.isInterface();
            for (BodyDeclaration<?> member : type.getMembers()) {
                if (isInterface && member instanceof MethodDeclaration method && method.getBody().isEmpty()
                        && !method.getParameters().isEmpty()) {
                    mapperParameters(method, methods);
                }
                if (member instanceof MethodDeclaration method && method.getBody().isPresent()) {
                    summarise(method, constants, self, methods, scanned);
                    returnedSinkType(method, self).ifPresent(returned -> method.getRange().ifPresent(range ->
                            methods.put(returnsKey(method.getNameAsString(), method.getParameters().size()),
                                    List.of(new Reach(false, new Step(SourceRange.of(range), "hands out a `"
                                            + returned.substring(returned.lastIndexOf('.') + 1) + "`"), false, returned,
                                            "", 0, 0, List.of())))));
                    if (!method.getParameters().isEmpty()) {
                        // declared here: a call of it runs this body, not a superclass's
                        methods.putIfAbsent(keyOf(method, DECLARED), List.of());
                    }
                }
            }
            if (!methods.isEmpty()) {
                summaries.put(name.get(), Map.copyOf(methods));
            }
        }
        return Map.copyOf(summaries);
    }

    private static void summarise(MethodDeclaration method, ConstantEvaluator constants, Project self,
                                  Map<String, List<Reach>> into, Map<String, Boolean> scanned) {
        // cheap first: parameters that may carry request data, and that the body names
        List<Integer> typed = new ArrayList<>();
        for (int i = 0; i < method.getParameters().size(); i++) {
            if (mayCarryRequestData(method.getParameter(i), self)) {
                typed.add(i);
            }
        }
        if (typed.isEmpty()) {
            return;
        }
        // one walk for the names the body uses and the calls that may matter: sinks, and
        // calls of the application's classes
        Set<String> named = new HashSet<>();
        List<MethodCallExpr> withArguments = new ArrayList<>();
        method.getBody().get().walk(node -> {
            if (node instanceof NameExpr name) {
                named.add(name.getNameAsString());
            } else if (node instanceof MethodCallExpr call && !call.getArguments().isEmpty()) {
                withArguments.add(call);
            }
        });
        List<Integer> seeds = typed.stream().filter(i -> named.contains(method.getParameter(i).getNameAsString())).toList();
        if (seeds.isEmpty() || withArguments.isEmpty()) {
            return;
        }
        Set<String> seedNames = new HashSet<>();
        seeds.forEach(i -> seedNames.add(method.getParameter(i).getNameAsString()));
        TaintedNames tainted = TaintedNames.of(method.getBody().get(), seedNames, expression -> false);
        // the calls an argument of which may carry a parameter: sinks, and calls of the
        // application's classes (a call of a class declared inside the method is that class's business)
        List<MethodCallExpr> sinks = new ArrayList<>();
        List<MethodCallExpr> calls = new ArrayList<>();
        for (MethodCallExpr call : withArguments) {
            if (call.getArguments().stream().noneMatch(tainted::mentions) || call.findAncestor(TypeDeclaration.class)
                    .filter(t -> t != method.getParentNode().orElse(null)).isPresent()) {
                continue;
            }
            if (SqlSinkCalls.mayBeSink(call, self.options()) && (isSink(call, self) || sinkOnCondition(call, self).isPresent())) {
                sinks.add(call);
            } else if (mayRunScannedCode(call, self, scanned)) {
                calls.add(call);
            }
        }
        if (sinks.isEmpty() && calls.isEmpty()) {
            return;
        }
        List<MethodCallExpr> all = new ArrayList<>(sinks);
        all.addAll(calls);
        Map<Node, String> conditions = new java.util.IdentityHashMap<>();
        Map<MethodCallExpr, List<Optional<List<Related>>>> arguments =
                TaintFlow.argumentPaths(method, seeds, all, constants, self, conditions);
        int arity = method.getParameters().size();
        for (MethodCallExpr sink : sinks) {
            List<Optional<List<Related>>> paths = arguments.get(sink);
            if (paths == null || paths.isEmpty() || paths.get(0).isEmpty() || !textArgument(sink.getArgument(0))) {
                continue;
            }
            List<Related> path = paths.get(0).get();
            int parameter = seedOf(method, path);
            if (parameter < 0 || sink.getRange().isEmpty()) {
                continue;
            }
            // a receiver whose type another file tells: the condition goes with the sink
            String condition = isSink(sink, self) ? "" : sinkOnCondition(sink, self).map(c -> CONDITION + c).orElse("");
            Step at = new Step(SourceRange.of(sink.getRange().get()),
                    "reaches the query text of `" + sink.getNameAsString() + "`" + condition);
            into.computeIfAbsent(keyOf(method, parameter), k -> new ArrayList<>())
                    .add(new Reach(true, at, Suppressions.covers(RULE, sink), "", sink.getNameAsString(), 0, 0,
                            steps(path, conditions)));
        }
        for (MethodCallExpr call : calls) {
            List<Optional<List<Related>>> paths = arguments.get(call);
            if (paths == null || call.getRange().isEmpty()) {
                continue;
            }
            Optional<String> callee = calleeType(call);
            if (callee.isEmpty()) {
                continue;
            }
            for (int a = 0; a < paths.size(); a++) {
                if (paths.get(a).isEmpty()) {
                    continue;
                }
                int parameter = seedOf(method, paths.get(a).get());
                if (parameter < 0) {
                    continue;
                }
                Step at = new Step(SourceRange.of(call.getRange().get()), "passes it to `" + call.getNameAsString() + "(..)`");
                into.computeIfAbsent(keyOf(method, parameter), k -> new ArrayList<>())
                        .add(new Reach(false, at, false, callee.get(), call.getNameAsString(),
                                call.getArguments().size(), a, steps(paths.get(a).get(), conditions)));
            }
        }
        into.replaceAll((k, v) -> List.copyOf(v));
    }

    /** Types that carry text, as written, whatever their type arguments. */
    private static final Set<String> TEXT_CARRIERS = Set.of("String", "CharSequence", "Object", "StringBuilder",
            "StringBuffer", "List", "Set", "Collection", "Iterable", "Map", "Optional", "Stream", "Supplier");

    /**
     * Whether a parameter may carry request data to a query: text, a container of it, or a
     * type of the application (a bound request object). Types of the JDK and of the
     * libraries a backend builds on carry nothing a caller's request put there, short of
     * text: they are left out, which spares the walk of most library methods.
     */
    private static boolean mayCarryRequestData(Parameter parameter, Project self) {
        com.github.javaparser.ast.type.Type type = parameter.getType();
        if (TextTypes.holdsNoText(type)) {
            return false;
        }
        if (type.isArrayType()) {
            type = type.asArrayType().getElementType();
        }
        if (!type.isClassOrInterfaceType()) {
            return false;
        }
        String written = type.asClassOrInterfaceType().getNameWithScope();
        if (TEXT_CARRIERS.contains(written) || written.startsWith("java.lang.String")) {
            return true;
        }
        List<String> names = self.typeNames(written, parameter);
        return !names.isEmpty() && !LibraryPackages.names(names);
    }

    /** The key of the names a MyBatis statement may give the parameters of an interface's method. */
    static String mapperKey(String method, int arity) {
        return method + "/" + arity + "#mybatis";
    }

    /**
     * The names by which a MyBatis statement of the interface's method may read each
     * parameter: its {@code @Param} value, its own name and {@code paramN}; any name at
     * all for the one parameter of a method that has one. Kept as one reach per parameter
     * whose {@code method} lists the names, comma-separated ({@code *} for any).
     */
    private static void mapperParameters(MethodDeclaration method, Map<String, List<Reach>> into) {
        if (method.getRange().isEmpty()) {
            return;
        }
        int arity = method.getParameters().size();
        List<Reach> names = new ArrayList<>();
        for (int i = 0; i < arity; i++) {
            Parameter parameter = method.getParameter(i);
            if (TextTypes.holdsNoText(parameter.getType())) {
                continue;
            }
            List<String> known = new ArrayList<>(List.of(parameter.getNameAsString(), "param" + (i + 1)));
            parameter.getAnnotationByName("Param").flatMap(annotation -> annotation.isSingleMemberAnnotationExpr()
                    ? Optional.of(annotation.asSingleMemberAnnotationExpr().getMemberValue()) : Optional.empty())
                    .filter(Expression::isStringLiteralExpr)
                    .ifPresent(value -> known.add(value.asStringLiteralExpr().asString()));
            if (arity == 1) {
                known.add("*");
            }
            names.add(new Reach(false, new Step(SourceRange.of(method.getRange().get()), "a mapper method"), false,
                    "", String.join(",", known), arity, i, List.of()));
        }
        if (!names.isEmpty()) {
            into.put(mapperKey(method.getNameAsString(), arity), List.copyOf(names));
        }
        annotatedStatement(method, names, into);
    }

    private static final Set<String> STATEMENT_ANNOTATIONS = Set.of("Select", "Update", "Insert", "Delete");

    /**
     * A mapper method whose SQL its annotation holds ({@code @Select("… ORDER BY ${sort}")}):
     * each parameter a {@code ${…}} names reaches that text, a sink of this file.
     */
    private static void annotatedStatement(MethodDeclaration method, List<Reach> names, Map<String, List<Reach>> into) {
        for (com.github.javaparser.ast.expr.AnnotationExpr annotation : method.getAnnotations()) {
            if (!STATEMENT_ANNOTATIONS.contains(annotation.getName().getIdentifier())) {
                continue;
            }
            List<Expression> values = new ArrayList<>();
            if (annotation instanceof com.github.javaparser.ast.expr.SingleMemberAnnotationExpr single) {
                values.add(single.getMemberValue());
            } else if (annotation instanceof com.github.javaparser.ast.expr.NormalAnnotationExpr normal) {
                normal.getPairs().stream().filter(p -> p.getNameAsString().equals("value"))
                        .forEach(p -> values.add(p.getValue()));
            }
            List<Expression> texts = new ArrayList<>();
            for (Expression value : values) {
                if (value instanceof com.github.javaparser.ast.expr.ArrayInitializerExpr array) {
                    texts.addAll(array.getValues());
                } else {
                    texts.add(value);
                }
            }
            for (Expression text : texts) {
                java.util.Optional<String> literal = text instanceof com.github.javaparser.ast.expr.StringLiteralExpr
                        || text instanceof com.github.javaparser.ast.expr.TextBlockLiteralExpr
                        ? dev.backlint.api.Literals.text((com.github.javaparser.ast.expr.LiteralStringValueExpr) text)
                        : java.util.Optional.empty();
                if (literal.isEmpty() || text.getRange().isEmpty()) {
                    continue;
                }
                for (String name : dev.backlint.models.MyBatisMapper.substitutionNames(literal.get())) {
                    String root = name.split("[.\\[,\\s]")[0];
                    for (Reach parameter : names) {
                        List<String> known = List.of(parameter.method().split(","));
                        if (known.contains(root) || known.contains("*")) {
                            Step at = new Step(SourceRange.of(text.getRange().get()), "`${" + name
                                    + "}` of the mapper statement writes it into the SQL text");
                            Parameter declared = method.getParameter(parameter.argument());
                            into.computeIfAbsent(keyOf(method, parameter.argument()), k -> new ArrayList<>())
                                    .add(new Reach(true, at, Suppressions.covers(RULE, text), "", "${" + name + "}", 0, 0,
                                            List.of(new Step(SourceRange.of(declared.getRange().get()),
                                                    "parameter `" + declared.getNameAsString() + "`"))));
                        }
                    }
                }
            }
        }
    }

    /** The parameter a path starts from: its first step is the parameter's declaration. */
    private static int seedOf(MethodDeclaration method, List<Related> path) {
        Node first = path.get(0).node();
        for (int i = 0; i < method.getParameters().size(); i++) {
            if (method.getParameter(i) == first) {
                return i;
            }
        }
        return -1;
    }

    /**
     * The path's steps; a step that reads a property of a class out of sight carries its
     * condition after {@link #CONDITION}, for the reader of the summary to check.
     */
    private static List<Step> steps(List<Related> path, Map<Node, String> conditions) {
        List<Step> steps = new ArrayList<>();
        for (Related step : path) {
            String condition = conditions.get(step.node());
            String message = condition == null ? step.message() : step.message() + CONDITION + condition;
            if (steps.size() < MAX_STEPS || condition != null) {
                step.node().getRange().ifPresent(r -> steps.add(new Step(SourceRange.of(r), message)));
            }
        }
        return steps;
    }

    /** What separates a step's message from its condition: {@code Type#property} must name text. */
    static final String CONDITION = "\u0001";

    /**
     * Whether the first argument may be text: a sink method of Spring's templates also
     * takes statement creators and callbacks, which a parameter may be.
     */
    private static boolean textArgument(Expression sql) {
        if (sql.isLambdaExpr() || sql.isMethodReferenceExpr() || sql.isObjectCreationExpr()) {
            return false;
        }
        if (sql instanceof NameExpr) {
            return DeclaredTypes.of(sql).map(type -> !type.isClassOrInterfaceType()
                    || TextTypes.mayHoldText(type.asClassOrInterfaceType().getNameWithScope())
                    || type.asString().equals("Object")).orElse(true);
        }
        return true;
    }

    /**
     * Whether the call runs SQL text by what the file writes: a sink method on a receiver
     * whose written type names a sink type (or a JDBC statement) among the file's imports.
     */
    static boolean isSink(MethodCallExpr call, Project self) {
        if (!SqlSinkCalls.mayBeSink(call, self.options()) || call.getScope().isEmpty()) {
            return false;
        }
        Optional<String> written = ReceiverTypes.written(call.getScope().get());
        if (written.isEmpty()) {
            return false;
        }
        return SqlSinks.runsSql(self.typeNames(written.get(), call), call.getNameAsString(), self.options());
    }

    /**
     * The condition under which a sink method's call runs SQL when its receiver's type is
     * told by another file: a field of another class ({@code db.jdbc}: {@code %FleetDb#jdbc})
     * or what a method of another class returns, called on the spot or held in a local
     * ({@code var jdbc = tenants.templateFor(t)}: {@code ^TenantJdbc#templateFor/1}).
     */
    static Optional<String> sinkOnCondition(MethodCallExpr call, Project self) {
        if (!SqlSinkCalls.mayBeSink(call, self.options()) || call.getScope().isEmpty()) {
            return Optional.empty();
        }
        Expression receiver = call.getScope().get();
        if (receiver instanceof NameExpr name) {
            Optional<com.github.javaparser.ast.body.VariableDeclarator> local = DeclaredTypes.localVariable(name)
                    .filter(d -> d.getType().isVarType());
            if (local.isPresent() && local.get().getInitializer().isPresent()) {
                receiver = local.get().getInitializer().get();
            }
        }
        if (receiver instanceof com.github.javaparser.ast.expr.FieldAccessExpr field && !field.getScope().isThisExpr()) {
            return ReceiverTypes.written(field.getScope()).filter(owner -> !isLibrary(owner, call, self))
                    .map(owner -> "%" + owner + "#" + field.getNameAsString());
        }
        if (receiver instanceof MethodCallExpr handout && handout.getScope().isPresent()
                && !handout.getScope().get().isThisExpr()) {
            return ReceiverTypes.written(handout.getScope().get()).filter(owner -> !isLibrary(owner, call, self))
                    .map(owner -> "^" + owner + "#" + handout.getNameAsString() + "/" + handout.getArguments().size());
        }
        return Optional.empty();
    }

    private static boolean isLibrary(String written, Node at, Project self) {
        List<String> names = self.typeNames(written, at);
        return LibraryPackages.names(names);
    }

    /** Simple names of the sink types and JDBC statements: the cheap test before the imports are read. */
    private static final Set<String> SINK_SIMPLE_NAMES = java.util.stream.Stream.concat(
                    SqlSinks.SINKS.stream().map(SqlSinks.Sink::type),
                    java.util.stream.Stream.of("java.sql.PreparedStatement", "java.sql.CallableStatement"))
            .map(type -> type.substring(type.lastIndexOf('.') + 1))
            .collect(java.util.stream.Collectors.toUnmodifiableSet());

    /** The key of a method that hands out an object that runs SQL; its one reach names the type. */
    static String returnsKey(String method, int arity) {
        return method + "/" + arity + "#returns";
    }

    /** The sink type a method declares to return, by the file's imports. */
    private static Optional<String> returnedSinkType(MethodDeclaration method, Project self) {
        if (!method.getType().isClassOrInterfaceType() || !SINK_SIMPLE_NAMES.contains(
                method.getType().asClassOrInterfaceType().getNameAsString())) {
            return Optional.empty();
        }
        List<String> names = self.typeNames(method.getType().asClassOrInterfaceType().getNameWithScope(), method);
        return SqlSinks.SINKS.stream().map(SqlSinks.Sink::type)
                .filter(type -> names.contains(type))
                .findFirst()
                .or(() -> names.contains("java.sql.PreparedStatement") || names.contains("java.sql.CallableStatement")
                        ? Optional.of("java.sql.Statement") : Optional.empty());
    }

    /** Whether a call may run a method of the application: a class outside the known libraries. */
    private static boolean mayRunScannedCode(MethodCallExpr call, Project self, Map<String, Boolean> known) {
        Optional<String> callee = calleeType(call);
        if (callee.isEmpty()) {
            return false;
        }
        return known.computeIfAbsent(callee.get(), written -> {
            List<String> names = self.typeNames(written, call);
            return !LibraryPackages.names(names);
        });
    }

    /**
     * The type whose method a call runs, as this file names it: the class around an
     * unqualified or {@code this} call (qualified), or the written type of the receiver.
     */
    static Optional<String> calleeType(MethodCallExpr call) {
        if (call.getScope().isEmpty() || call.getScope().get().isThisExpr()) {
            return DeclaredTypes.declaringTypeAround(call).flatMap(FactExtractor::enclosingTypeName);
        }
        return ReceiverTypes.written(call.getScope().get());
    }

    @Override
    public void write(Map<String, Map<String, List<Reach>>> facts, DataOutput out) throws IOException {
        out.writeInt(facts.size());
        for (Map.Entry<String, Map<String, List<Reach>>> type : new TreeMap<>(facts).entrySet()) {
            out.writeUTF(type.getKey());
            out.writeInt(type.getValue().size());
            for (Map.Entry<String, List<Reach>> method : new TreeMap<>(type.getValue()).entrySet()) {
                out.writeUTF(method.getKey());
                out.writeInt(method.getValue().size());
                for (Reach reach : method.getValue()) {
                    out.writeBoolean(reach.toSink());
                    writeStep(reach.sink(), out);
                    out.writeBoolean(reach.suppressed());
                    out.writeUTF(reach.calleeType());
                    out.writeUTF(reach.method());
                    out.writeInt(reach.arity());
                    out.writeInt(reach.argument());
                    out.writeInt(reach.steps().size());
                    for (Step step : reach.steps()) {
                        writeStep(step, out);
                    }
                }
            }
        }
    }

    private static void writeStep(Step step, DataOutput out) throws IOException {
        out.writeInt(step.range().startLine());
        out.writeInt(step.range().startColumn());
        out.writeInt(step.range().endLine());
        out.writeInt(step.range().endColumn());
        out.writeUTF(step.message());
    }

    private static Step readStep(DataInput in) throws IOException {
        return new Step(new SourceRange(in.readInt(), in.readInt(), in.readInt(), in.readInt()), in.readUTF());
    }

    @Override
    public Map<String, Map<String, List<Reach>>> read(DataInput in) throws IOException {
        Map<String, Map<String, List<Reach>>> facts = new HashMap<>();
        for (int t = in.readInt(); t > 0; t--) {
            String type = in.readUTF();
            Map<String, List<Reach>> methods = new HashMap<>();
            for (int m = in.readInt(); m > 0; m--) {
                String key = in.readUTF();
                List<Reach> reaches = new ArrayList<>();
                for (int r = in.readInt(); r > 0; r--) {
                    boolean toSink = in.readBoolean();
                    Step sink = readStep(in);
                    boolean suppressed = in.readBoolean();
                    String callee = in.readUTF();
                    String method = in.readUTF();
                    int arity = in.readInt();
                    int argument = in.readInt();
                    List<Step> steps = new ArrayList<>();
                    for (int s = in.readInt(); s > 0; s--) {
                        steps.add(readStep(in));
                    }
                    reaches.add(new Reach(toSink, sink, suppressed, callee, method, arity, argument, steps));
                }
                methods.put(key, List.copyOf(reaches));
            }
            facts.put(type, Map.copyOf(methods));
        }
        return Map.copyOf(facts);
    }
}
