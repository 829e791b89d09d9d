package dev.backlint.flow.nullness;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.expr.AnnotationExpr;
import com.github.javaparser.ast.expr.AssignExpr;
import com.github.javaparser.ast.expr.ClassExpr;
import com.github.javaparser.ast.expr.LiteralExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NullLiteralExpr;
import com.github.javaparser.ast.expr.StringLiteralExpr;
import com.github.javaparser.ast.nodeTypes.NodeWithAnnotations;
import com.github.javaparser.ast.stmt.BlockStmt;
import com.github.javaparser.ast.stmt.CatchClause;
import com.github.javaparser.ast.stmt.ReturnStmt;
import com.github.javaparser.ast.stmt.Statement;
import com.github.javaparser.ast.stmt.TryStmt;
import com.github.javaparser.ast.type.Type;
import dev.backlint.api.AnalysisProvider;
import dev.backlint.api.FactKind;
import dev.backlint.api.RuleContext;
import dev.backlint.api.RuleContext.Related;
import dev.backlint.models.NullSources;
import dev.backlint.resolve.Body;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** The nullness analysis of one file. */
final class NullnessAnalysis implements Nullness {

    private final RuleContext context;
    private final NullOrigins origins;

    private NullnessAnalysis(RuleContext context) {
        this.context = context;
        this.origins = new NullOrigins(context);
    }



    @Override
    public List<Dereference> dereferences(Body body) {
        if (!origins.mayHaveSources(body) || quieted(body)) {
            return List.of();
        }
        List<Dereference> found = new ArrayList<>();
        for (NullnessFlow.Dereference dereference : new NullnessFlow(body, origins).dereferences()) {
            NullOrigins.Origin origin = dereference.origin();
            if (origin.reason().equals(NullableMembers.DECLARED) && Correlation.guardedByAnotherTest(dereference.at())
                    || origin.reason().equals(NullableMembers.OPTIONAL_BEAN) && Correlation.guardedByFeatureTest(dereference.at())) {
                continue;
            }
            if ((origin.reason().equals(NullSources.ATTRIBUTE_UNSET)
                    || origin.reason().equals(NullSources.SQL_NULL))
                    && Correlation.underTestOfSameObject(origin.source(), dereference.at())) {
                continue;
            }
            if (!origin.definite() && handledAround(dereference.at(), body.node())) {
                continue;
            }
            if (extensionCall(dereference.at())) {
                continue;
            }
            String what = origin.call() ? "may return null" : "may be null";
            String subject = dereference.name() == null ? "its result is" : "`" + dereference.name() + "` is";
            String message = dereference.passedTo() != null ? passedNull(dereference) : origin.definite()
                    ? "`" + origin.text() + "` is null on every path to here ([" + origin.reason() + "](1)); "
                            + "dereferencing it throws NullPointerException"
                    : "`" + origin.text() + "` " + what + " ([" + origin.reason() + "](1)); " + subject
                            + " dereferenced here without a check";
            found.add(new Dereference(dereference.at(), new Related(origin.source(), origin.text()), message));
        }
        return found;
    }

    /**
     * Whether a dereference is a call that Lombok's {@code @ExtensionMethod} on a class around
     * may turn into a static helper taking the value ({@code userId.hasText()} compiled as
     * {@code Strings.hasText(userId)}): its name is a static method of a class the annotation
     * names, or of one backlint cannot read.
     */
    private boolean extensionCall(Node at) {
        Node call = at instanceof MethodCallExpr ? at
                : at.getParentNode().filter(parent -> parent instanceof MethodCallExpr method
                        && method.getScope().filter(scope -> scope == at).isPresent()).orElse(null);
        if (!(call instanceof MethodCallExpr method)) {
            return false;
        }
        for (Node node = at; node != null; node = node.getParentNode().orElse(null)) {
            if (!(node instanceof TypeDeclaration<?> type)) {
                continue;
            }
            for (AnnotationExpr annotation : type.getAnnotations()) {
                if (!annotation.getName().getIdentifier().equals("ExtensionMethod")) {
                    continue;
                }
                List<ClassExpr> lenders = annotation.findAll(ClassExpr.class);
                if (lenders.isEmpty()) {
                    return true;
                }
                for (ClassExpr lender : lenders) {
                    Optional<Set<String>> names = context.project()
                            .textFacts(StaticMethods.KIND, lender.getType().asString(), at);
                    if (names.isEmpty() || names.get().contains(method.getNameAsString())) {
                        return true; // a library's helpers are not read: any call may be one
                    }
                }
            }
        }
        return false;
    }

    /** The message for a null passed to a method that dereferences the parameter (on entry, or under a condition of its own). */
    private static String passedNull(NullnessFlow.Dereference dereference) {
        NullOrigins.Origin origin = dereference.origin();
        if (dereference.passedTo().startsWith("!")) {
            // a library call that throws for null: UUID.fromString(request.getParameter("id"))
            String callee = "`" + dereference.passedTo().substring(1) + "`";
            String subject = dereference.name() == null ? "`" + origin.text() + "`" : "`" + dereference.name() + "`";
            String what = origin.definite() ? " is null on every path to here" : origin.call() && dereference.name() == null
                    ? " may return null" : " may be null";
            return subject + what + " ([" + origin.reason() + "](1)); " + callee
                    + " throws NullPointerException for a null argument";
        }
        boolean underCondition = dereference.passedTo().startsWith("?");
        String callee = "`" + (underCondition ? dereference.passedTo().substring(1) : dereference.passedTo()) + "`";
        String how = underCondition ? " dereferences it once a condition of its own holds" : " dereferences it on entry";
        if (dereference.at() instanceof NullLiteralExpr) {
            return "null is passed ([here](1)) to a parameter that " + callee
                    + (underCondition ? " dereferences once a condition of its own holds: the call then throws"
                    : " dereferences on entry: the call throws") + " NullPointerException";
        }
        String subject = dereference.name() == null ? "`" + origin.text() + "`" : "`" + dereference.name() + "`";
        if (origin.definite()) {
            return subject + " is null on every path to here ([" + origin.reason() + "](1)); "
                    + callee + how + " and throws NullPointerException";
        }
        String what = origin.call() && dereference.name() == null ? " may return null" : " may be null";
        String from = dereference.name() == null || !origin.call() ? "" : " (from `" + origin.text() + "`)";
        return subject + what + from + " ([" + origin.reason() + "](1)); " + callee
                + " dereferences it on entry without a check";
    }

    /**
     * Whether a try around the dereference, in the same body, catches what it throws
     * ({@code NullPointerException}, {@code RuntimeException}, {@code Exception},
     * {@code Throwable}) in a handler that answers with a value ({@code return}, an
     * assignment) rather than logging and going on, and does not throw again: {@code try { return
     * Integer.parseInt(value.trim()); } catch (Exception e) { return -1; }} answers a missing
     * value on purpose.
     */
    private static boolean handledAround(Node at, Node body) {
        Node child = at;
        for (Node parent = at.getParentNode().orElse(null); parent != null && child != body;
                child = parent, parent = parent.getParentNode().orElse(null)) {
            if (parent instanceof TryStmt tryStmt && tryStmt.getTryBlock() == child
                    && tryStmt.getCatchClauses().stream().anyMatch(handler -> handlesNullPointer(handler, tryStmt))) {
                return true;
            }
        }
        return false;
    }

    private static boolean handlesNullPointer(CatchClause handler,
                                              TryStmt tryStmt) {
        List<Type> types = Checks.caughtTypes(handler);
        boolean catches = types.stream().map(type -> type.asString().replace("java.lang.", ""))
                .anyMatch(name -> name.equals("NullPointerException") || name.equals("RuntimeException")
                        || name.equals("Exception") || name.equals("Throwable"));
        List<Statement> statements = handler.getBody().getStatements();
        boolean rethrows = !statements.isEmpty() && statements.get(statements.size() - 1).isThrowStmt();
        // an answer (return -1, value = fallback), not a handler that only logs and goes on
        boolean answers = handler.getBody().findFirst(ReturnStmt.class).isPresent()
                || handler.getBody().findFirst(AssignExpr.class).isPresent();
        return catches && !rethrows && (answers || answeredAfter(tryStmt));
    }

    /**
     * Whether the statement right after the {@code try} returns a fixed answer ({@code return
     * false;}): a handler that logs and goes on reaches it, so a failure in the {@code try},
     * a null dereferenced there among others, ends in that answer.
     */
    private static boolean answeredAfter(TryStmt tryStmt) {
        if (!(tryStmt.getParentNode().orElse(null) instanceof BlockStmt block)) {
            return false;
        }
        int at = Checks.indexOf(block, tryStmt);
        if (at < 0 || at + 1 >= block.getStatements().size()
                || !(block.getStatement(at + 1) instanceof ReturnStmt answer)) {
            return false;
        }
        return answer.getExpression().map(NullnessFlow::unwrap)
                .filter(value -> value instanceof LiteralExpr).isPresent();
    }

    /**
     * Whether the code's author said nullness warnings are wrong here: a declaration around
     * the body suppresses {@code ConstantConditions}, {@code DataFlowIssue}, {@code null} or
     * {@code NullAway}, the names other checkers read.
     */
    private static boolean quieted(Body body) {
        for (Node node = body.node(); node != null; node = node.getParentNode().orElse(null)) {
            if (node instanceof NodeWithAnnotations<?> annotated) {
                for (AnnotationExpr annotation : annotated.getAnnotations()) {
                    if (annotation.getNameAsString().equals("SuppressWarnings")
                            && annotation.findFirst(StringLiteralExpr.class,
                                    name -> QUIETING.contains(name.getValue())).isPresent()) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    private static final Set<String> QUIETING = Set.of(
            "ConstantConditions", "DataFlowIssue", "null", "NullAway", "NullableProblems");

    /** Makes the nullness analysis of each file; it reads which members of other files may be null. */
    public static final class Provider implements AnalysisProvider<Nullness> {

        @Override
        public Class<Nullness> type() {
            return Nullness.class;
        }

        @Override
        public Nullness create(RuleContext context) {
            return new NullnessAnalysis(context);
        }

        @Override
        public List<FactKind<?>> facts() {
            return List.of(NullableMembers.KIND);
        }

        @Override
        public List<dev.backlint.api.TextIndexKind> textIndexes() {
            return NullOrigins.textIndexes();
        }
    }
}
