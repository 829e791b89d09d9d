package dev.backlint.flow.taint;

import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.LambdaExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import dev.backlint.api.AnalysisProvider;
import dev.backlint.api.FactKind;
import dev.backlint.api.FlowStep;
import dev.backlint.api.Location;
import dev.backlint.api.ModelOptions;
import dev.backlint.api.RuleContext;
import dev.backlint.api.RuleContext.Related;
import dev.backlint.api.ScannedType;
import dev.backlint.api.Trees;
import dev.backlint.matchers.TypeMatcher;
import dev.backlint.models.TaintSpec;
import dev.backlint.resolve.Body;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The taint analysis of one file: summaries of its methods are kept for all its questions. */
final class TaintAnalysis implements Taint {

    private final RuleContext context;
    private final Map<TaintSpec, Map<MethodDeclaration, Map<Integer, Boolean>>> summaries = new IdentityHashMap<>();

    private TaintAnalysis(RuleContext context) {
        this.context = context;
    }

    /**
     * The body around {@code expression} is analysed; a lambda's body starts from the state
     * where the lambda is created in the body around it, so that what it captures carries
     * what it carried there.
     */
    @Override
    public Optional<List<Related>> reaching(Expression expression, TaintSpec spec) {
        List<Body> bodies = new ArrayList<>();
        for (Optional<Body> body = Body.enclosing(expression); body.isPresent(); body = Body.enclosing(body.get().node())) {
            bodies.add(0, body.get());
            if (!(body.get().node() instanceof LambdaExpr)) {
                break;
            }
        }
        if (bodies.isEmpty()) {
            return Optional.empty();
        }
        TaintFlow.Shared shared = new TaintFlow.Shared(summaries.computeIfAbsent(spec, k -> new IdentityHashMap<>()));
        TaintState entry = null;
        for (int i = 0; i < bodies.size() - 1; i++) {
            entry = flow(bodies.get(i), spec, shared).stateAt(bodies.get(i + 1).node(), entry);
            if (entry == null || !shared.withinBound()) {
                return Optional.empty();
            }
        }
        return flow(bodies.get(bodies.size() - 1), spec, shared).reaching(expression, entry);
    }

    /** Calls followed from one call to a sink at most. */
    private static final int MAX_CALL_DEPTH = 6;

    /** What a parameter of a method reaches, by type, method and parameter: kept for the file's questions. */
    private final Map<String, List<CalleeSink>> calleeSinks = new java.util.HashMap<>();
    /** The paths of the data into the arguments of the calls of a body, per spec and outermost body. */
    private final Map<TaintSpec, Map<com.github.javaparser.ast.Node, Map<MethodCallExpr, List<Optional<List<Related>>>>>>
            argumentsByBody = new IdentityHashMap<>();
    /** Whether a method's code may hold request data, by method: the cheap test before any flow is read. */
    private final Map<com.github.javaparser.ast.Node, Boolean> mayHoldData = new IdentityHashMap<>();

    /** A sink that a parameter reaches: the steps from the parameter (in any files) to it. */
    private record CalleeSink(Location sink, boolean suppressed, String method, List<FlowStep> steps) {
    }

    /** Whether the file imports what request data comes through: servlets, Spring MVC or JAX-RS; null until asked. */
    private Boolean importsWeb;

    @Override
    public List<SinkThrough> sinksThrough(MethodCallExpr call, TaintSpec spec) {
        if (call.getArguments().isEmpty() || !importsWeb() || !mayHoldData(call, spec)) {
            return List.of();
        }
        List<Optional<List<Related>>> arguments = argumentPaths(call, spec);
        if (arguments.stream().allMatch(Optional::isEmpty)) {
            return List.of(); // no request data goes in: the callee is not looked at
        }
        Optional<ScannedType> type = callee(call);
        if (type.isEmpty()) {
            return List.of();
        }
        List<SinkThrough> found = new ArrayList<>();
        int arity = call.getArguments().size();
        for (int i = 0; i < arity; i++) {
            List<CalleeSink> sinks = sinksOf(type.get(), call.getNameAsString(), arity, i, 0, new java.util.HashSet<>());
            if (sinks.isEmpty()) {
                continue;
            }
            Optional<List<Related>> path = i < arguments.size() ? arguments.get(i) : Optional.empty();
            if (path.isEmpty()) {
                continue;
            }
            List<FlowStep> before = new ArrayList<>();
            for (Related step : path.get()) {
                context.locate(step.node()).ifPresent(at -> before.add(new FlowStep(at, step.message())));
            }
            Optional<Location> at = context.locate(call);
            if (at.isEmpty()) {
                continue;
            }
            before.add(new FlowStep(at.get(), "passes it to `" + type.get().qualifiedName()
                    .substring(type.get().qualifiedName().lastIndexOf('.') + 1) + "." + call.getNameAsString() + "(..)`"));
            for (CalleeSink sink : sinks) {
                List<FlowStep> flow = new ArrayList<>(before);
                flow.addAll(sink.steps());
                found.add(new SinkThrough(sink.sink(), sink.suppressed(), sink.method(), path.get().get(0).message(), flow));
            }
        }
        return found;
    }

    /**
     * The paths by which the data reaches each argument of the call: the body around it is
     * walked once for all its calls, and its answers kept for the file's later questions.
     */
    private List<Optional<List<Related>>> argumentPaths(MethodCallExpr call, TaintSpec spec) {
        com.github.javaparser.ast.Node outer = outermostBody(call);
        if (outer == null) {
            return List.of();
        }
        Map<MethodCallExpr, List<Optional<List<Related>>>> paths = argumentsByBody
                .computeIfAbsent(spec, k -> new IdentityHashMap<>()).computeIfAbsent(outer, node -> {
                    // cheap first: the calls an argument of which names what may hold the data,
                    // and whose callee has a parameter that reaches a sink
                    TaintedNames tainted = TaintedNames.of(node, sourceNames(node, spec), expression ->
                            expression instanceof MethodCallExpr source && source.getScope().isPresent()
                                    && spec.sourceMethods().contains(source.getNameAsString()));
                    List<MethodCallExpr> calls = new ArrayList<>();
                    node.walk(MethodCallExpr.class, each -> {
                        if (!each.getArguments().isEmpty() && !nestedInClass(each, node)
                                && each.getArguments().stream().anyMatch(tainted::mentions) && reachesSinks(each)) {
                            calls.add(each);
                        }
                    });
                    if (calls.isEmpty()) {
                        return Map.of();
                    }
                    TaintFlow.Shared shared = new TaintFlow.Shared(summaries.computeIfAbsent(spec, k -> new IdentityHashMap<>()));
                    try {
                        return flow(Body.of(node).orElseThrow(), spec, shared).argumentPaths(calls);
                    } catch (RuntimeException | StackOverflowError e) {
                        return Map.of();
                    }
                });
        return paths.getOrDefault(call, List.of());
    }

    /** The parameters of a method that hold the data or a request it may be read from. */
    private static java.util.Set<String> sourceNames(com.github.javaparser.ast.Node node, TaintSpec spec) {
        java.util.Set<String> names = new java.util.HashSet<>();
        if (node instanceof com.github.javaparser.ast.body.CallableDeclaration<?> callable) {
            for (com.github.javaparser.ast.body.Parameter parameter : callable.getParameters()) {
                if (parameter.getAnnotations().stream()
                        .anyMatch(a -> spec.sourceAnnotations().contains(a.getName().getIdentifier()))
                        || parameter.getType().isClassOrInterfaceType() && spec.sourceReceivers().stream().anyMatch(
                        r -> r.endsWith("." + parameter.getType().asClassOrInterfaceType().getNameAsString()))
                        || callable.getAnnotations().stream()
                        .anyMatch(a -> spec.handlerAnnotations().contains(a.getName().getIdentifier()))) {
                    names.add(parameter.getNameAsString());
                }
            }
        }
        return names;
    }

    /**
     * Whether a sink's receiver, told by another file, runs SQL with {@code method}: the
     * field {@code %Type#field} or the result of {@code ^Type#name/arity} is of a sink type.
     */
    private boolean receiverRunsSql(String condition, String method, ScannedType near) {
        String[] parts = condition.substring(1).split("#");
        Optional<ScannedType> owner = context.project().type(parts[0], near);
        if (owner.isEmpty()) {
            return false;
        }
        List<String> types;
        if (condition.startsWith("%")) {
            String field = owner.get().fields().get(parts[1]);
            types = field == null ? List.of() : context.project().typeNames(field, owner.get());
        } else {
            String[] handout = parts[1].split("/");
            types = context.project().facts(SinkFacts.KIND, owner.get())
                    .map(all -> all.getOrDefault(owner.get().qualifiedName(), Map.of()))
                    .map(methods -> methods.getOrDefault(SinkFacts.returnsKey(handout[0], Integer.parseInt(handout[1])),
                            List.of()))
                    .map(reaches -> reaches.stream().map(SinkFacts.Reach::calleeType).toList())
                    .orElse(List.of());
        }
        return dev.backlint.models.SqlSinks.runsSql(types, method, context.project().options());
    }

    /** Whether a scanned implementation of {@code Type#name/arity#index} passes that argument on. */
    private boolean implementationPasses(String condition, ScannedType near) {
        String[] parts = condition.split("#");
        String[] method = parts[1].split("/");
        return context.project().type(parts[0], near).map(owner -> PassThroughFacts.implementationPasses(
                context.project(), owner, method[0], Integer.parseInt(method[1]), Integer.parseInt(parts[2])))
                .orElse(false);
    }

    /**
     * The {@code ${…}} of the MyBatis statements of a mapper interface's method that read
     * the parameter by one of its names (a property of it too: {@code ${criteria.sort}}).
     */
    private List<CalleeSink> mapperStatements(ScannedType type, String method, int parameter,
                                              List<SinkFacts.Reach> names) {
        Optional<SinkFacts.Reach> mine = names.stream().filter(reach -> reach.argument() == parameter).findFirst();
        if (mine.isEmpty()) {
            return List.of();
        }
        List<String> known = List.of(mine.get().method().split(","));
        String prefix = type.qualifiedName() + "#" + method + "#";
        java.util.Set<String> index = context.project().textIndex(MapperSubstitutions.KIND);
        Iterable<String> entries = index instanceof java.util.NavigableSet<String> sorted
                ? sorted.subSet(prefix, true, prefix + Character.MAX_VALUE, false)
                : index.stream().filter(e -> e.startsWith(prefix)).toList();
        List<CalleeSink> found = new ArrayList<>();
        for (String entry : entries) {
            String[] parts = entry.substring(prefix.length()).split("#");
            if (parts.length < 6) {
                continue;
            }
            String root = parts[0].split("[.\\[,\\s]")[0];
            if (!known.contains("*") && !known.contains(root) || dev.backlint.models.MyBatisVariables.names(
                    context.project().textIndex(dev.backlint.models.MyBatisVariables.KIND), parts[0])) {
                continue; // another parameter, or a configuration variable replaced when the mapper is read
            }
            Location at = new Location(parts[1], new dev.backlint.api.SourceRange(Integer.parseInt(parts[2]),
                    Integer.parseInt(parts[3]), Integer.parseInt(parts[2]), Integer.parseInt(parts[4])));
            found.add(new CalleeSink(at, parts[5].equals("1"), "${" + parts[0] + "}", List.of(
                    new FlowStep(at, "`${" + parts[0] + "}` of the mapper statement `" + method
                            + "` writes it into the SQL text"))));
        }
        return found;
    }

    /** Whether {@code Type#property}, written in the file of {@code near}, names a property that may hold text. */
    private boolean propertyHoldsText(String condition, ScannedType near) {
        int hash = condition.indexOf('#');
        Optional<ScannedType> owner = context.project().type(condition.substring(0, hash), near);
        String type = owner.map(o -> o.fields().get(condition.substring(hash + 1))).orElse(null);
        return type != null && dev.backlint.api.TextTypes.mayHoldText(type);
    }

    /**
     * The application class whose method a call runs: the class around an unqualified call,
     * the written type of the receiver, or what a factory method of a scanned class is
     * declared to return ({@code Factory.create().run(x)}). Empty for library classes.
     */
    private Optional<ScannedType> callee(MethodCallExpr call) {
        Optional<String> written = SinkFacts.calleeType(call);
        if (written.isEmpty()) {
            if (call.getScope().orElse(null) instanceof MethodCallExpr factory && factory.getScope().isPresent()) {
                return SinkFacts.calleeType(factory).flatMap(owner -> context.project().type(owner, factory))
                        .flatMap(owner -> PassThroughFacts.returnType(context.project(), owner,
                                factory.getNameAsString(), factory.getArguments().size()));
            }
            return Optional.empty();
        }
        List<String> names = context.project().typeNames(written.get(), call);
        if (dev.backlint.models.LibraryPackages.names(names)) {
            return Optional.empty(); // a library's methods are known by tables, not by summaries
        }
        return context.project().type(written.get(), call);
    }

    /** Whether some parameter of the method a call runs reaches a sink (the summaries of its file say so). */
    private boolean reachesSinks(MethodCallExpr call) {
        Optional<ScannedType> type = callee(call);
        if (type.isEmpty()) {
            return false;
        }
        for (int i = 0; i < call.getArguments().size(); i++) {
            if (!sinksOf(type.get(), call.getNameAsString(), call.getArguments().size(), i, 0,
                    new java.util.HashSet<>()).isEmpty()) {
                return true;
            }
        }
        return false;
    }

    /** Whether the node belongs to a class declared within {@code outer} (its own methods are walked for it). */
    private static boolean nestedInClass(com.github.javaparser.ast.Node node, com.github.javaparser.ast.Node outer) {
        for (com.github.javaparser.ast.Node at = node.getParentNode().orElse(null); at != null && at != outer;
                at = at.getParentNode().orElse(null)) {
            if (at instanceof com.github.javaparser.ast.body.TypeDeclaration<?>
                    || at instanceof com.github.javaparser.ast.expr.ObjectCreationExpr creation
                    && creation.getAnonymousClassBody().isPresent()) {
                return true;
            }
        }
        return false;
    }

    /** The method, constructor, initialiser or field declarator whose code holds the node, outside any lambda. */
    private static com.github.javaparser.ast.Node outermostBody(com.github.javaparser.ast.Node node) {
        com.github.javaparser.ast.Node outer = null;
        for (Optional<Body> body = Body.enclosing(node); body.isPresent(); body = Body.enclosing(body.get().node())) {
            outer = body.get().node();
            if (!(outer instanceof LambdaExpr)) {
                break;
            }
        }
        return outer instanceof LambdaExpr ? null : outer;
    }

    /**
     * Whether the file imports a servlet, Spring MVC or JAX-RS package or type: without one
     * it names no request, no handler annotation and no bound parameter.
     */
    private boolean importsWeb() {
        if (importsWeb == null) {
            ModelOptions options = context.project().options();
            // a project's own request sources may be read anywhere
            importsWeb = !options.requestSources().isEmpty() || !options.requestAnnotations().isEmpty()
                    || context.compilationUnit().getImports().stream().map(i -> i.getNameAsString())
                    .anyMatch(name -> name.contains(".servlet") || name.startsWith("org.springframework.web")
                            || name.contains(".ws.rs"));
        }
        return importsWeb;
    }

    /**
     * Whether the method (or field initialiser) around the call may hold request data: it
     * is a handler, takes a request or a bound parameter, or calls a request method by name.
     */
    private boolean mayHoldData(MethodCallExpr call, TaintSpec spec) {
        com.github.javaparser.ast.Node outer = outermostBody(call);
        if (outer == null) {
            return false;
        }
        return mayHoldData.computeIfAbsent(outer, node -> {
            if (node instanceof com.github.javaparser.ast.body.CallableDeclaration<?> callable) {
                for (com.github.javaparser.ast.body.Parameter parameter : callable.getParameters()) {
                    if (parameter.getAnnotations().stream()
                            .anyMatch(a -> spec.sourceAnnotations().contains(a.getName().getIdentifier()))
                            || parameter.getType().isClassOrInterfaceType()
                            && spec.sourceReceivers().stream().anyMatch(r -> r.endsWith("." + parameter.getType()
                            .asClassOrInterfaceType().getNameAsString()))) {
                        return true;
                    }
                }
                if (!callable.getParameters().isEmpty() && callable.getAnnotations().stream()
                        .anyMatch(a -> spec.handlerAnnotations().contains(a.getName().getIdentifier()))) {
                    return true;
                }
            }
            return Trees.findFirst(node, MethodCallExpr.class, c -> spec.sourceMethods().contains(c.getNameAsString())
                    && c.getScope().isPresent()).isPresent();
        });
    }

    /** The sinks that parameter {@code parameter} of the method reaches, from the summaries of its file and on. */
    private List<CalleeSink> sinksOf(ScannedType type, String method, int arity, int parameter, int depth,
                                     java.util.Set<String> visiting) {
        String key = type.qualifiedName() + "#" + SinkFacts.key(method, arity, parameter);
        List<CalleeSink> known = calleeSinks.get(key);
        if (known != null) {
            return known;
        }
        if (depth > MAX_CALL_DEPTH || !visiting.add(key)) {
            return List.of(); // recursion adds nothing; too deep is left unknown
        }
        List<CalleeSink> found = new ArrayList<>();
        Map<String, List<SinkFacts.Reach>> methods = context.project().facts(SinkFacts.KIND, type)
                .map(all -> all.getOrDefault(type.qualifiedName(), Map.of())).orElse(Map.of());
        List<SinkFacts.Reach> reaches = methods.get(SinkFacts.key(method, arity, parameter));
        for (int declared = 1; reaches == null && declared <= arity + 1; declared++) {
            // varargs: the arguments from the last parameter on go to it
            reaches = methods.get(SinkFacts.varargsKey(method, declared, Math.min(parameter, declared - 1)));
        }
        boolean declares = reaches != null || methods.containsKey(SinkFacts.key(method, arity, SinkFacts.DECLARED));
        for (int declared = 1; !declares && declared <= arity + 1; declared++) {
            declares = methods.containsKey(SinkFacts.varargsKey(method, declared, SinkFacts.DECLARED));
        }
        if (!declares && PassThroughFacts.isAbstract(context.project(), type)) {
            // through an interface or an abstract class: whatever a scanned implementation does
            List<ScannedType> implementations = dev.backlint.flow.Implementations.scanned(type, context.project());
            for (ScannedType implementation : implementations) {
                found.addAll(sinksOf(implementation, method, arity, parameter, depth + 1, visiting));
            }
            List<SinkFacts.Reach> mapper = methods.get(SinkFacts.mapperKey(method, arity));
            if (implementations.isEmpty() && mapper != null) {
                found.addAll(mapperStatements(type, method, parameter, mapper));
            }
        }
        if (!declares) {
            // inherited: the body a scanned superclass declares
            for (String supertype : type.supertypes()) {
                List<String> names = context.project().typeNames(supertype, type);
                if (!dev.backlint.models.LibraryPackages.names(names)) {
                    context.project().type(supertype, type).ifPresent(parent ->
                            found.addAll(sinksOf(parent, method, arity, parameter, depth + 1, visiting)));
                }
            }
        }
        for (SinkFacts.Reach reach : reaches == null ? List.<SinkFacts.Reach>of() : reaches) {
            List<FlowStep> steps = new ArrayList<>();
            boolean holds = true;
            for (SinkFacts.Step step : reach.steps()) {
                String message = step.message();
                int condition = message.indexOf(SinkFacts.CONDITION);
                if (condition >= 0) {
                    String what = message.substring(condition + 1);
                    holds &= what.startsWith("@") ? implementationPasses(what.substring(1), type)
                            : propertyHoldsText(what, type);
                    message = message.substring(0, condition);
                }
                steps.add(new FlowStep(new Location(type.path(), step.range()), message));
            }
            if (!holds) {
                continue; // a getter the summary took to read text does not
            }
            String sinkMessage = reach.sink().message();
            int sinkCondition = sinkMessage.indexOf(SinkFacts.CONDITION);
            if (sinkCondition >= 0) {
                if (!receiverRunsSql(sinkMessage.substring(sinkCondition + 1), reach.method(), type)) {
                    continue; // the receiver is no object that runs SQL
                }
                sinkMessage = sinkMessage.substring(0, sinkCondition);
            }
            FlowStep at = new FlowStep(new Location(type.path(), reach.sink().range()), sinkMessage);
            steps.add(at);
            if (reach.toSink()) {
                found.add(new CalleeSink(at.location(), reach.suppressed(), reach.method(), steps));
                continue;
            }
            List<String> names = context.project().typeNames(reach.calleeType(), type);
            if (dev.backlint.models.LibraryPackages.names(names)) {
                continue;
            }
            Optional<ScannedType> callee = context.project().type(reach.calleeType(), type);
            if (callee.isEmpty()) {
                continue;
            }
            for (CalleeSink further : sinksOf(callee.get(), reach.method(), reach.arity(), reach.argument(), depth + 1,
                    visiting)) {
                List<FlowStep> longer = new ArrayList<>(steps);
                longer.addAll(further.steps());
                found.add(new CalleeSink(further.sink(), further.suppressed(), further.method(), longer));
            }
        }
        visiting.remove(key);
        List<CalleeSink> result = List.copyOf(found);
        calleeSinks.put(key, result);
        return result;
    }

    private TaintFlow flow(Body body, TaintSpec spec, TaintFlow.Shared shared) {
        return new TaintFlow(context.constants(), context.project(), spec,
                scope -> TypeMatcher.of(spec.sourceReceivers()).matches(scope, context), body, shared);
    }

    /** Makes the taint analysis of each file; it reads the pass-through summaries of other files. */
    public static final class Provider implements AnalysisProvider<Taint> {

        @Override
        public Class<Taint> type() {
            return Taint.class;
        }

        @Override
        public Taint create(RuleContext context) {
            return new TaintAnalysis(context);
        }

        @Override
        public List<FactKind<?>> facts() {
            return List.of(PassThroughFacts.KIND, SinkFacts.KIND);
        }

        @Override
        public List<dev.backlint.api.TextIndexKind> textIndexes() {
            return List.of(MapperSubstitutions.KIND, dev.backlint.models.MyBatisVariables.KIND);
        }
    }
}
