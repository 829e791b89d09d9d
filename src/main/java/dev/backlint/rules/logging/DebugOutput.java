package dev.backlint.rules.logging;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.ClassOrInterfaceDeclaration;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.MethodReferenceExpr;
import com.github.javaparser.ast.expr.NameExpr;
import dev.backlint.api.Checks;
import dev.backlint.api.Level;
import dev.backlint.api.Precision;
import dev.backlint.api.Rule;
import dev.backlint.api.RuleContext;
import dev.backlint.api.RuleInfo;
import dev.backlint.resolve.Scopes;
import java.util.Optional;
import java.util.Set;

/**
 * Prints to the process's standard streams in main sources: {@code System.out.println},
 * {@code System.err.printf}, and {@code printStackTrace()}. Such output bypasses the
 * logging configuration. Command-line tools print by design: a {@code main} method, a
 * class that declares one (unless it is a {@code @SpringBootApplication}), and picocli
 * {@code @Command} classes are left alone, as are test sources.
 */
@RuleInfo(
        id = "debug-output",
        summary = "Output printed to System.out or System.err, or a stack trace printed, instead of logged",
        level = Level.NOTE,
        tags = {"observability"},
        precision = Precision.HIGH)
public final class DebugOutput implements Rule {

    private static final Set<String> PRINTS = Set.of("println", "print", "printf", "format", "write", "append");
    private static final Set<String> CALLS = Set.of("println", "print", "printf", "format", "write", "append",
            "printStackTrace");

    @Override
    public void register(Checks checks) {
        checks.onCalls(CALLS, DebugOutput::check);
        checks.on(MethodReferenceExpr.class, DebugOutput::reference);
    }

    /** {@code forEach(System.out::println)}. */
    private static void reference(MethodReferenceExpr reference, RuleContext context) {
        if (!PRINTS.contains(reference.getIdentifier()) || context.isTestSource()) {
            return;
        }
        Optional<String> stream = standardStream(reference.getScope());
        if (stream.isPresent() && !commandLine(reference)) {
            context.report(reference, "`" + reference + "` prints to " + stream.get() + ", past the logging"
                    + " configuration: no level, time or request context, and it cannot be turned off in production;"
                    + " use the class's logger");
        }
    }

    private static void check(MethodCallExpr call, RuleContext context) {
        String name = call.getNameAsString();
        boolean trace = name.equals("printStackTrace");
        if (!trace && !PRINTS.contains(name) || call.getScope().isEmpty() || context.isTestSource()) {
            return;
        }
        String message;
        if (trace) {
            Optional<String> stream = call.getArguments().isEmpty() ? Optional.of("System.err")
                    : call.getArguments().size() == 1 ? standardStream(call.getArgument(0)) : Optional.empty();
            if (stream.isEmpty()) {
                return; // printed onto a writer the caller chose: the trace is captured as text
            }
            message = "`" + shown(call) + "` writes the stack trace to " + stream.get() + ", past the logging"
                    + " configuration: no level, time or request context, and in a container it is interleaved with"
                    + " other output or lost; pass the exception to a logger (`log.error(\"...\", e)`)";
        } else {
            Optional<String> stream = standardStream(call.getScope().get());
            if (stream.isEmpty()) {
                return;
            }
            message = "`" + shown(call) + "` prints to " + stream.get() + ", past the logging configuration: no"
                    + " level, time or request context, and it cannot be turned off in production; use the class's"
                    + " logger";
        }
        if (commandLine(call)) {
            return;
        }
        context.report(call, message);
    }

    /** {@code System.out} or {@code System.err}, written or through a local or field initialised with it. */
    private static Optional<String> standardStream(Expression expression) {
        if (expression instanceof FieldAccessExpr access && access.getScope() instanceof NameExpr owner
                && owner.getNameAsString().equals("System") && Scopes.of(owner).isEmpty()) {
            String stream = access.getNameAsString();
            return stream.equals("out") || stream.equals("err") ? Optional.of("System." + stream) : Optional.empty();
        }
        if (expression instanceof NameExpr name) {
            Optional<Scopes.Declaration> declaration = Scopes.of(name);
            return declaration.flatMap(Scopes.Declaration::declarator).flatMap(VariableDeclarator::getInitializer)
                    .filter(init -> !(init instanceof NameExpr))
                    .flatMap(DebugOutput::standardStream);
        }
        if (expression instanceof FieldAccessExpr access && access.getScope().isThisExpr()) {
            return Scopes.field(access, access.getNameAsString()).flatMap(Scopes.Declaration::declarator)
                    .flatMap(VariableDeclarator::getInitializer).filter(init -> !(init instanceof NameExpr))
                    .flatMap(DebugOutput::standardStream);
        }
        return Optional.empty();
    }

    /**
     * Whether the print is a command-line tool's output: inside a {@code main} method, in a
     * class that declares one and is not a Spring Boot application, or in a picocli command.
     */
    private static boolean commandLine(Node node) {
        for (Node at = node.getParentNode().orElse(null); at != null; at = at.getParentNode().orElse(null)) {
            if (at instanceof MethodDeclaration method && isMain(method)) {
                return true;
            }
            if (at instanceof TypeDeclaration<?> type) {
                if (type.getAnnotations().stream().anyMatch(a -> a.getName().getIdentifier().equals("Command"))) {
                    return true;
                }
                boolean boot = type.getAnnotations().stream()
                        .anyMatch(a -> a.getName().getIdentifier().equals("SpringBootApplication"));
                if (!boot && type instanceof ClassOrInterfaceDeclaration && type.getMethodsByName("main").stream()
                        .anyMatch(DebugOutput::isMain)) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * A launcher's entry point: {@code static void main(String[] args)} or
     * {@code (String... args)}, and Java 21's instance {@code void main()} and
     * {@code void main(String[] args)}.
     */
    private static boolean isMain(MethodDeclaration method) {
        if (!method.getNameAsString().equals("main") || !method.getType().isVoidType()
                || method.getParameters().size() > 1) {
            return false;
        }
        if (method.getParameters().isEmpty()) {
            return true; // Java 21's launcher runs a main without parameters, static or not
        }
        var parameter = method.getParameter(0);
        String type = parameter.getType().asString();
        return type.equals("String[]") || type.equals("java.lang.String[]")
                || parameter.isVarArgs() && (type.equals("String") || type.equals("java.lang.String"));
    }

    private static String shown(MethodCallExpr call) {
        String scope = call.getScope().map(Node::toString).orElse("");
        String text = scope + "." + call.getNameAsString() + (call.getArguments().isEmpty() ? "()" : "(..)");
        return text.length() <= 60 ? text : text.substring(0, 59) + "…";
    }
}
