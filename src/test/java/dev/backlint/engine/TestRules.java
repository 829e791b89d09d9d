package dev.backlint.engine;

import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.StringLiteralExpr;
import dev.backlint.api.Checks;
import dev.backlint.api.Level;
import dev.backlint.api.Rule;
import dev.backlint.api.RuleInfo;

/** Rules that exist only for tests of the engine. */
final class TestRules {

    private TestRules() {
    }

    /** Reports every call {@code probe(x)} with the constant value of {@code x}, or "unknown". */
    @RuleInfo(id = "constant-probe", summary = "Reports constant values", level = Level.NOTE)
    static final class ConstantProbe implements Rule {
        @Override
        public void register(Checks checks) {
            checks.on(MethodCallExpr.class, (call, context) -> {
                if (call.getNameAsString().equals("probe") && call.getArguments().size() == 1) {
                    context.report(call, context.constants().value(call.getArgument(0))
                            .map(value -> value.getClass().getSimpleName() + ":" + value)
                            .orElse("unknown"));
                }
            });
        }
    }

    /** Reports every call {@code fixed(x)} with whether {@code x} is constant: "constant", "varies" or "unknown". */
    @RuleInfo(id = "constness-probe", summary = "Reports whether values are fixed", level = Level.NOTE)
    static final class ConstnessProbe implements Rule {
        @Override
        public void register(Checks checks) {
            checks.on(MethodCallExpr.class, (call, context) -> {
                if (call.getNameAsString().equals("fixed") && call.getArguments().size() == 1) {
                    context.report(call, switch (context.constants().constness(call.getArgument(0))) {
                        case YES -> "constant";
                        case NO -> "varies";
                        case UNKNOWN -> "unknown";
                    });
                }
            });
        }
    }

    /** Reports every call {@code probe(x)}: "tainted" when request data reaches {@code x}, else "clean". */
    @RuleInfo(id = "taint-probe", summary = "Reports whether request data reaches values", level = Level.NOTE)
    static final class TaintProbe implements Rule {
        @Override
        public void register(Checks checks) {
            checks.on(MethodCallExpr.class, (call, context) -> {
                if (call.getNameAsString().equals("probe") && call.getArguments().size() == 1) {
                    context.report(call, context.analysis(dev.backlint.flow.taint.Taint.class)
                            .reaching(call.getArgument(0), dev.backlint.models.WebSources.REQUEST_DATA_TO_SQL)
                            .map(path -> "tainted").orElse("clean"));
                }
            });
            checks.uses(dev.backlint.flow.taint.Taint.class);
        }
    }

    /** Throws on every string literal whose text is "boom". */
    @RuleInfo(id = "broken", summary = "Fails on purpose", level = Level.ERROR)
    static final class Broken implements Rule {
        @Override
        public void register(Checks checks) {
            checks.on(StringLiteralExpr.class, (literal, context) -> {
                if (literal.asString().equals("boom")) {
                    throw new IllegalStateException("deliberate failure");
                }
            });
        }
    }

    /** Reports every method named {@code slow*}, taking {@code millis} over each. */
    @RuleInfo(id = "slow", summary = "Takes its time on purpose", level = Level.WARNING)
    static final class Slow implements Rule {
        private final long millis;

        Slow(long millis) {
            this.millis = millis;
        }

        @Override
        public void register(Checks checks) {
            checks.on(com.github.javaparser.ast.body.MethodDeclaration.class, (method, context) -> {
                if (method.getNameAsString().startsWith("slow")) {
                    pause(millis);
                    context.report(method, "slow method");
                }
            });
        }
    }

    /** Waits on every method named {@code stuck} until interrupted or five minutes have passed. */
    @RuleInfo(id = "stuck", summary = "Hangs on purpose", level = Level.WARNING)
    static final class Stuck implements Rule {
        @Override
        public void register(Checks checks) {
            checks.on(com.github.javaparser.ast.body.MethodDeclaration.class, (method, context) -> {
                context.report(method, "seen");
                if (method.getNameAsString().equals("stuck")) {
                    pause(300_000);
                }
            });
        }
    }

    /** Reports every call, named in its message. */
    @RuleInfo(id = "any-call", summary = "Reports every call", level = Level.NOTE)
    static final class AnyCall implements Rule {
        @Override
        public void register(Checks checks) {
            checks.on(MethodCallExpr.class, (call, context) -> context.report(call, "call " + call.getNameAsString()));
        }
    }

    /** Reports every call {@code query(x)}, replacing what {@code any-call} reports on its line. */
    @RuleInfo(id = "query-call", summary = "Reports every query call", level = Level.WARNING,
            supersedes = "any-call")
    static final class QueryCall implements Rule {
        @Override
        public void register(Checks checks) {
            checks.on(MethodCallExpr.class, (call, context) -> {
                if (call.getNameAsString().equals("query")) {
                    context.report(call, "query call");
                }
            });
        }
    }

    /** Supersedes an id no rule has. */
    @RuleInfo(id = "misspelt-supersedes", summary = "Names a rule that does not exist", level = Level.NOTE,
            supersedes = {"any-call", "any-cal"})
    static final class MisspeltSupersedes implements Rule {
        @Override
        public void register(Checks checks) {
        }
    }

    /** Supersedes itself. */
    @RuleInfo(id = "self-superseding", summary = "Replaces its own findings", level = Level.NOTE,
            supersedes = "self-superseding")
    static final class SelfSuperseding implements Rule {
        @Override
        public void register(Checks checks) {
        }
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            throw new IllegalStateException("interrupted", e);
        }
    }
}
