package dev.backlint.flow.futures;

import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.DataKey;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.ThisExpr;
import com.github.javaparser.ast.type.Type;
import dev.backlint.api.RuleContext;
import dev.backlint.matchers.CallMatcher;
import dev.backlint.matchers.Chains;
import dev.backlint.matchers.TypeMatcher;
import dev.backlint.matchers.TypeNames;
import dev.backlint.models.Futures;
import dev.backlint.resolve.Body;
import dev.backlint.resolve.DeclaredTypes;
import dev.backlint.resolve.Scopes;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Whether a call hands back work still running: a future (its result and its failure are
 * lost unless someone waits for it) or a Reactor publisher (nothing runs until someone
 * subscribes). Read from the names first: an executor's {@code submit}, a
 * {@code CompletableFuture} started or derived, a reactive client's response or a
 * reactive repository's call, and the methods of the scanned sources whose declared
 * return type is one of those (read from the text of the file that declares them).
 */
public final class FutureCalls {

    /** What a call hands back. */
    public enum Kind { FUTURE, PUBLISHER }

    private static final CallMatcher SUBMIT = CallMatcher.instance(Futures.EXECUTORS, Futures.SUBMITS);
    private static final CallMatcher ASYNC_START = CallMatcher.staticCall(Futures.COMPLETABLE_FUTURE,
            Futures.ASYNC_STARTS);
    private static final TypeMatcher STAGE_TYPES = TypeMatcher.of(Futures.COMPLETABLE_FUTURE,
            "java.util.concurrent.CompletionStage");
    private static final TypeMatcher REACTIVE_REPOSITORIES = TypeMatcher.of(Futures.REACTIVE_REPOSITORIES);

    private FutureCalls() {
    }

    private static final CallMatcher SEND_ASYNC = CallMatcher.instance(Futures.JDK_HTTP_CLIENT, "sendAsync");
    private static final CallMatcher KAFKA_SEND = CallMatcher.instance(Futures.KAFKA_TEMPLATES, Futures.KAFKA_SENDS);

    /**
     * What {@code call} hands back, when it is a future or a publisher backlint can tell: a
     * call that makes one, or an operator of a chain that carries one on (a stage derived
     * from a future, a Reactor operator before any subscription).
     */
    public static Optional<Kind> of(MethodCallExpr call, RuleContext context) {
        Optional<Kind> made = made(call, context);
        if (made.isPresent()) {
            return made;
        }
        if (!(call.getScope().orElse(null) instanceof MethodCallExpr inner)) {
            // an operator on a publisher a variable holds: a new publisher nobody subscribes to
            return call.getScope().flatMap(FutureCalls::writtenTypeOf).filter(Futures.PUBLISHER_TYPES::contains)
                    .filter(type -> !Futures.PUBLISHER_TERMINALS.contains(call.getNameAsString()))
                    .map(type -> Kind.PUBLISHER);
        }
        if (Futures.PUBLISHER_TERMINALS.contains(call.getNameAsString())) {
            return Optional.empty();
        }
        return of(inner, context).filter(kind -> kind == Kind.PUBLISHER);
    }

    private static Optional<Kind> made(MethodCallExpr call, RuleContext context) {
        String name = call.getNameAsString();
        if (name.equals("sendAsync") && SEND_ASYNC.matches(call, context)) {
            return Optional.of(Kind.FUTURE);
        }
        if (Futures.SUBMITS.contains(name) && SUBMIT.matches(call, context)) {
            return Optional.of(Kind.FUTURE);
        }
        if (Futures.KAFKA_SENDS.contains(name) && KAFKA_SEND.matches(call, context)) {
            return Optional.of(Kind.FUTURE);
        }
        if (Futures.SAME_FUTURE.contains(name) && call.getScope().orElse(null) instanceof MethodCallExpr inner) {
            return of(inner, context).filter(kind -> kind == Kind.FUTURE); // the future itself, with a deadline
        }
        if (Futures.ASYNC_STARTS.contains(name) && ASYNC_START.matches(call, context)) {
            return Optional.of(Kind.FUTURE);
        }
        if (Futures.STAGES.contains(name) && call.getScope().isPresent()) {
            Expression scope = call.getScope().get();
            if (scope instanceof MethodCallExpr inner) {
                return of(inner, context).filter(kind -> kind == Kind.FUTURE)
                        .or(() -> STAGE_TYPES.matches(scope, context) ? Optional.of(Kind.FUTURE) : Optional.empty());
            }
            Optional<String> written = writtenTypeOf(scope);
            if (written.isPresent()) {
                return Futures.FUTURE_TYPES.contains(written.get()) ? Optional.of(Kind.FUTURE) : Optional.empty();
            }
            return isVarLocal(scope) && STAGE_TYPES.matches(scope, context) ? Optional.of(Kind.FUTURE)
                    : Optional.empty();
        }
        if ((Futures.REACTIVE_RESPONSES.contains(name) || Futures.SHARED_RESPONSES.contains(name)
                && Chains.root(call).flatMap(FutureCalls::writtenTypeOf).filter("WebClient"::equals).isPresent())
                && Chains.calls(call).stream().anyMatch(link -> link.getNameAsString().equals("retrieve")
                        || link.getNameAsString().startsWith("exchange"))) {
            return Optional.of(Kind.PUBLISHER);
        }
        Optional<Kind> declared = declared(call, context);
        if (declared.isPresent()) {
            return declared;
        }
        Optional<Expression> scope = call.getScope();
        if (scope.isPresent() && writtenTypeOf(scope.get()).filter(type -> type.endsWith("Repository")).isPresent()
                && REACTIVE_REPOSITORIES.matches(scope.get(), context)) {
            return Optional.of(Kind.PUBLISHER);
        }
        return Optional.empty();
    }

    /** A method of the scanned sources, by its declared return type: in this class, or in the file declaring the receiver's type. */
    private static Optional<Kind> declared(MethodCallExpr call, RuleContext context) {
        if (call.getNameAsString().startsWith("schedule") || isAccessorName(call.getNameAsString())
                || reportsToACallback(call)) {
            return Optional.empty(); // work for later, or a failure that goes to the callback it is given
        }
        if (call.getScope().isEmpty() || call.getScope().get() instanceof ThisExpr) {
            Optional<com.github.javaparser.ast.body.TypeDeclaration<?>> around = DeclaredTypes.declaringTypeAround(call);
            if (around.isPresent()) {
                return DeclaredTypes.method(around.get(), call).filter(method -> argumentsFit(method, call))
                        .map(com.github.javaparser.ast.body.MethodDeclaration::getType).flatMap(FutureCalls::kindOf);
            }
            return inheritedMethod(call, context); // a method of a superclass
        }
        Expression scope = call.getScope().get();
        Optional<String> written = writtenTypeOf(scope);
        if (written.isEmpty()) {
            return Optional.empty();
        }
        Optional<Map<String, Boolean>> methods = methodsOf(written.get(), call, context);
        return methods.map(found -> found.getOrDefault(call.getNameAsString(), found.get(FutureMethodFacts.EVERY_METHOD)))
                .map(publisher -> publisher ? Kind.PUBLISHER : Kind.FUTURE);
    }

    /** An unqualified call no class around it declares: a method the enclosing class inherits from the class it extends. */
    private static Optional<Kind> inheritedMethod(MethodCallExpr call, RuleContext context) {
        Optional<com.github.javaparser.ast.body.ClassOrInterfaceDeclaration> type = call
                .findAncestor(com.github.javaparser.ast.body.ClassOrInterfaceDeclaration.class);
        if (type.isEmpty() || type.get().getExtendedTypes().size() != 1 || type.get().isInterface()) {
            return Optional.empty();
        }
        String parent = type.get().getExtendedTypes().get(0).getNameAsString();
        return methodsOf(parent, call, context).map(found -> found.get(call.getNameAsString()))
                .map(publisher -> publisher ? Kind.PUBLISHER : Kind.FUTURE);
    }

    /**
     * A type of the JDK as the file names it ({@code String}, a {@code java.util} type
     * imported by name), or a type variable: no scanned file declares it, so its file is not
     * looked for.
     */
    private static boolean isJdkType(String written, RuleContext context) {
        if (written.length() == 1 || JAVA_LANG.contains(written)) {
            return true;
        }
        String suffix = "." + written;
        return context.compilationUnit().getImports().stream().anyMatch(i -> !i.isStatic() && !i.isAsterisk()
                && i.getNameAsString().endsWith(suffix) && (i.getNameAsString().startsWith("java.")
                        || i.getNameAsString().startsWith("javax.")));
    }

    private static final java.util.Set<String> JAVA_LANG = java.util.Set.of("String", "StringBuilder", "Object",
            "Thread", "System", "Math", "Integer", "Long", "Boolean", "Character", "Double", "Float", "Short", "Byte",
            "Class", "Runtime", "Iterable", "Runnable", "Exception", "RuntimeException", "Throwable", "Error");

    /**
     * The future methods of the scanned type {@code written} stands for, from the facts of
     * its file; asked once per file being checked and type name. Empty for a type outside
     * the scan.
     */
    private static Optional<Map<String, Boolean>> methodsOf(String written, MethodCallExpr call, RuleContext context) {
        CompilationUnit unit = context.compilationUnit();
        if (!unit.containsData(METHODS_BY_TYPE)) {
            unit.setData(METHODS_BY_TYPE, new HashMap<>());
        }
        return unit.getData(METHODS_BY_TYPE).computeIfAbsent(written, type -> isJdkType(type, context)
                ? Optional.empty() : context.project().type(type, call).map(declared -> context.project()
                        .facts(FutureMethodFacts.KIND, declared)
                        .map(facts -> facts.getOrDefault(declared.qualifiedName(), Map.of())).orElse(Map.of())));
    }

    /** Per file checked: the answers of {@link #methodsOf}, by type name as written (the file's imports fix its meaning). */
    private static final DataKey<Map<String, Optional<Map<String, Boolean>>>> METHODS_BY_TYPE = new DataKey<>() {
    };

    /**
     * Whether no argument is plainly of another type than its parameter: {@code new X(..)}
     * given for a parameter declared as some other class is an overload's call.
     */
    private static boolean argumentsFit(com.github.javaparser.ast.body.MethodDeclaration method, MethodCallExpr call) {
        for (int i = 0; i < call.getArguments().size() && i < method.getParameters().size(); i++) {
            if (call.getArgument(i) instanceof com.github.javaparser.ast.expr.ObjectCreationExpr created
                    && method.getParameter(i).getType().isClassOrInterfaceType()
                    && !method.getParameter(i).getType().asClassOrInterfaceType().getNameAsString()
                            .equals(created.getType().getNameAsString())
                    && method.getTypeParameters().isEmpty()) {
                return false;
            }
        }
        return true;
    }

    /** {@code setName}, {@code isOpen}, {@code hasNext}: accessors, which do not start work. */
    private static boolean isAccessorName(String name) {
        for (String prefix : new String[] {"set", "is", "has"}) {
            if (name.length() > prefix.length() && name.startsWith(prefix)
                    && Character.isUpperCase(name.charAt(prefix.length()))) {
                return true;
            }
        }
        return false;
    }

    /** A local declared with {@code var}: its type is its initialiser's, which only the solver knows. */
    private static boolean isVarLocal(Expression scope) {
        return scope instanceof NameExpr name && Scopes.of(name).filter(d -> d.kind() == Scopes.Kind.LOCAL)
                .filter(d -> d.writtenType().isEmpty()).isPresent();
    }

    private static final java.util.regex.Pattern CALLBACK = java.util.regex.Pattern.compile(
            "(?i)callback|listener|handler|observer");

    /**
     * Whether a call of the scanned sources is given a callback ({@code set(values, callback)},
     * {@code send(record, this)}, {@code this::onWritten}): its failure is reported there.
     */
    private static boolean reportsToACallback(MethodCallExpr call) {
        return call.getArguments().stream().anyMatch(argument -> argument instanceof ThisExpr
                || argument instanceof NameExpr name && CALLBACK.matcher(name.getNameAsString()).find()
                || argument instanceof FieldAccessExpr field && CALLBACK.matcher(field.getNameAsString()).find()
                || argument instanceof com.github.javaparser.ast.expr.MethodReferenceExpr reference
                        && (reference.getIdentifier().startsWith("on")
                                || CALLBACK.matcher(reference.getIdentifier()).find()));
    }

    /**
     * Whether a call is given a future that a variable holds ({@code notifyOnCompletion(f,
     * ..)}): what it hands back is that future or a stage hung on it, and the variable keeps
     * the future itself.
     */
    public static boolean givenAHeldFuture(MethodCallExpr call) {
        return call.getArguments().stream().anyMatch(argument -> writtenTypeOf(argument)
                .filter(Futures.FUTURE_TYPES::contains).isPresent());
    }

    /** The type a receiver is declared with, as written: a local, parameter or field, or a class named for a static call. */
    private static Optional<String> writtenTypeOf(Expression scope) {
        if (scope instanceof NameExpr name) {
            Optional<Scopes.Declaration> declaration = Scopes.of(name);
            if (declaration.isPresent()) {
                return declaration.get().writtenType().filter(Type::isClassOrInterfaceType)
                        .map(type -> type.asClassOrInterfaceType().getNameAsString());
            }
            return TypeNames.isTypeName(name) ? Optional.of(name.getNameAsString()) : Optional.empty();
        }
        if (scope instanceof FieldAccessExpr access && access.getScope() instanceof ThisExpr) {
            return Scopes.field(access, access.getNameAsString()).flatMap(Scopes.Declaration::writtenType)
                    .filter(Type::isClassOrInterfaceType)
                    .map(type -> type.asClassOrInterfaceType().getNameAsString());
        }
        return Optional.empty();
    }

    private static Optional<Kind> kindOf(Type type) {
        return type.isClassOrInterfaceType() ? kindOfName(type.asClassOrInterfaceType().getNameAsString())
                : Optional.empty();
    }

    private static Optional<Kind> kindOfName(String name) {
        if (Futures.PUBLISHER_TYPES.contains(name)) {
            return Optional.of(Kind.PUBLISHER);
        }
        return Futures.FUTURE_TYPES.contains(name) ? Optional.of(Kind.FUTURE) : Optional.empty();
    }

    /**
     * Whether a future held in a local is waited on, handed on or kept anywhere else in its
     * body: a stage derived from it for a side effect then leaves the main one in other hands.
     */
    public static boolean usedElsewhere(NameExpr holder, Node statement) {
        Optional<Scopes.Declaration> declaration = Scopes.of(holder);
        if (declaration.isEmpty() || declaration.get().kind() == Scopes.Kind.FIELD) {
            return true;
        }
        Node body = Body.enclosing(declaration.get().node()).map(Body::node)
                .orElse(declaration.get().owner());
        String name = holder.getNameAsString();
        List<NameExpr> uses = body.findAll(NameExpr.class, use -> use.getNameAsString().equals(name)
                && !isWithin(use, statement));
        return !uses.isEmpty();
    }

    private static boolean isWithin(Node node, Node outer) {
        for (Node current = node; current != null; current = current.getParentNode().orElse(null)) {
            if (current == outer) {
                return true;
            }
        }
        return false;
    }
}
