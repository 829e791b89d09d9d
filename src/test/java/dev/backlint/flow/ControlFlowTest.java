package dev.backlint.flow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.javaparser.JavaParser;
import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.LambdaExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.stmt.SwitchEntry;
import com.github.javaparser.ast.stmt.TryStmt;
import dev.backlint.api.FactKind;
import dev.backlint.api.Project;
import dev.backlint.api.ScannedType;
import dev.backlint.engine.Parsing;
import dev.backlint.flow.constants.ConstantEvaluator;
import dev.backlint.resolve.Body;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * The paths the shared control-flow walk takes, seen through a probe analysis whose state
 * is the set of marks met on some path: {@code mark("x")} adds {@code x}, every refined
 * condition adds {@code condition=outcome}, and each {@code probe(n)} call is asked for the
 * state on entry.
 */
class ControlFlowTest {

    /** A may-analysis: which marks some path to here has met. */
    private static final class Marks extends ControlFlow<TreeSet<String>> {

        Marks(Body body, int budget) {
            super(body, new ConstantEvaluator(NO_PROJECT), new Budget(budget));
            state = new TreeSet<>();
        }

        @Override
        protected TreeSet<String> copy(TreeSet<String> from) {
            return new TreeSet<>(from);
        }

        @Override
        protected TreeSet<String> join(TreeSet<String> a, TreeSet<String> b) {
            TreeSet<String> joined = new TreeSet<>(a);
            joined.addAll(b);
            return joined;
        }

        @Override
        protected boolean same(TreeSet<String> a, TreeSet<String> b) {
            return a.equals(b);
        }

        @Override
        protected void effect(Node node) {
            if (node instanceof MethodCallExpr call && call.getNameAsString().equals("mark")) {
                state.add(call.getArgument(0).asStringLiteralExpr().asString());
            }
            if (node instanceof MethodCallExpr call && call.getNameAsString().equals("grow")) {
                state.add("g" + state.size());
            }
        }

        @Override
        protected void refine(Expression condition, boolean outcome) {
            state.add(condition + "=" + outcome);
        }

        @Override
        protected void refineCase(Expression selector, SwitchEntry entry) {
            state.add("case " + (entry.getLabels().isEmpty() ? "default" : entry.getLabels().get(0).toString()));
        }

        @Override
        protected void resourcesClosed(TryStmt tryStmt) {
            state.add("closed");
        }
    }

    private static final Project NO_PROJECT = new Project() {
        @Override
        public Optional<ScannedType> type(String written, Node at) {
            return Optional.empty();
        }

        @Override
        public Optional<ScannedType> type(String written, ScannedType near) {
            return Optional.empty();
        }

        @Override
        public List<String> typeNames(String written, Node at) {
            return List.of();
        }

        @Override
        public List<String> typeNames(String written, ScannedType near) {
            return List.of();
        }

        @Override
        public Optional<Object> constant(ScannedType owner, String name) {
            return Optional.empty();
        }

        @Override
        public Optional<Object> constantNamed(String name, Node at) {
            return Optional.empty();
        }

        @Override
        public Optional<Object> constantOf(String qualifier, String name, Node at) {
            return Optional.empty();
        }

        @Override
        public <F> Optional<F> facts(FactKind<F> kind) {
            return Optional.empty();
        }

        @Override
        public <F> Optional<F> facts(FactKind<F> kind, ScannedType type) {
            return Optional.empty();
        }
    };

    /** The walk of method {@code run} of a class with the given body, run with every probe wanted. */
    private static Marks walk(String methodBody) {
        return walk(methodBody, 100_000);
    }

    private static Marks walk(String methodBody, int budget) {
        CompilationUnit unit = new JavaParser(Parsing.configuration())
                .parse("class C { void run(boolean a, boolean b, int k, Object o, java.util.List<String> xs) {\n"
                        + methodBody + "\n} }")
                .getResult().orElseThrow();
        MethodDeclaration method = unit.findFirst(MethodDeclaration.class).orElseThrow();
        Marks marks = new Marks(Body.of(method).orElseThrow(), budget);
        marks.run(probes(method));
        return marks;
    }

    private static List<MethodCallExpr> probes(Node root) {
        return root.findAll(MethodCallExpr.class, call -> call.getNameAsString().equals("probe"));
    }

    /** The marks on entry to {@code probe(n)}, as text; "unreached" when control never gets there. */
    private static String at(Marks marks, int n) {
        MethodCallExpr probe = probes(marks.body().node()).stream()
                .filter(call -> call.getArgument(0).toString().equals(String.valueOf(n)))
                .findFirst().orElseThrow();
        TreeSet<String> state = marks.at(probe);
        return state == null ? "unreached" : String.join(", ", state);
    }

    /** The marks at {@code probe(1)} of a body of its own. */
    private static String at1(String methodBody) {
        return at(walk(methodBody), 1);
    }

    @Test
    void refinesEachEdgeOfConditionsAndOfShortCircuitOperators() {
        assertEquals("a=true", at1("if (a) { probe(1); } else { probe(2); }"));
        assertEquals("a=false", at1("if (a) { probe(2); } else { probe(1); }"));
        assertEquals("a=true, b=true", at1("if (a && b) { probe(1); }"));
        assertEquals("a=false, a=true, b=false", at1("if (a && b) { } else { probe(1); }"),
                "either side may have failed");
        assertEquals("a=false, a=true, b=true", at1("if (a || b) { probe(1); }"));
        assertEquals("a=false, b=false", at1("if (a || b) { } else { probe(1); }"));
        assertEquals("a=false, a=true, b=false", at1("if (!(a && b)) { probe(1); }"));
        assertEquals("a=true", at1("boolean both = a && probe(1);"), "the right side runs only where the left held");
        assertEquals("a=false", at1("boolean either = a || probe(1);"));
        assertEquals("b=true", at1("String s = b ? probe(1) : probe(2);"));
        assertEquals("b=false", at1("String s = b ? probe(2) : probe(1);"));
        assertEquals("a=true", at1("while (a) { probe(1); }"));
        assertEquals("a=false, a=true", at1("while (a) { } probe(1);"), "a loop is left where its test fails");
        assertEquals("b=true", at1("assert b; probe(1);"));
        assertEquals("o instanceof String s=true", at1("if (o instanceof String s) { probe(1); }"));
    }

    @Test
    void constantConditionsHaveOneEdgeOnly() {
        Marks marks = walk("""
                if (false) { mark("dead"); probe(1); }
                final int n = 3;
                if (n > 2) { mark("taken"); } else { mark("not taken"); }
                while (true) { mark("loop"); if (a) { break; } }
                probe(2);
                """);
        assertEquals("unreached", at(marks, 1));
        assertFalse(at(marks, 2).contains("not taken"), at(marks, 2));
        assertTrue(at(marks, 2).contains("taken") && at(marks, 2).contains("loop"), at(marks, 2));
    }

    @Test
    void breakContinueAndLabelledJumpsGoToTheirTargets() {
        Marks marks = walk("""
                for (String x : xs) {
                    for (String y : xs) { if (a) { mark("jump"); break; } }
                    probe(1);
                }
                outer:
                for (String x : xs) {
                    for (String y : xs) { if (b) { mark("far"); break outer; } }
                    mark("mid");
                }
                probe(2);
                again:
                for (String x : xs) {
                    mark("start");
                    while (true) { continue again; }
                    probe(3);
                }
                block: {
                    if (a) { mark("leaving block"); break block; }
                    mark("rest of block");
                }
                probe(4);
                do { mark("do"); if (b) continue; mark("do rest"); } while (a);
                probe(5);
                """);
        assertTrue(at(marks, 1).contains("jump"), at(marks, 1));
        assertTrue(at(marks, 2).contains("far") && at(marks, 2).contains("mid"), at(marks, 2));
        assertEquals("unreached", at(marks, 3), "an endless inner loop left only by continuing the outer one");
        assertTrue(at(marks, 4).contains("leaving block") && at(marks, 4).contains("rest of block"), at(marks, 4));
        assertTrue(at(marks, 5).contains("do") && at(marks, 5).contains("do rest"), at(marks, 5));
    }

    @Test
    void switchesFallThroughAndYield() {
        Marks statement = walk("""
                switch (k) {
                    case 1: mark("one");
                    case 2: probe(1); break;
                    case 3: mark("three"); break;
                    default: mark("other");
                }
                probe(2);
                """);
        assertEquals("case 1, case 2, one", at(statement, 1), "case 2 is entered directly or by falling through");
        assertEquals("case 1, case 2, case 3, case default, one, other, three", at(statement, 2));
        assertEquals("case 1, case 2, yield one", at1("""
                int v = switch (k) {
                    case 1 -> { mark("yield one"); yield 1; }
                    case 2 -> 2;
                    default -> throw new IllegalStateException();
                };
                probe(1);
                """), "the default arm throws");
        assertEquals("case String text", at1("""
                switch (o) {
                    case String text -> probe(1);
                    default -> { }
                }
                """));
        assertEquals("unreached", at1("final int n = 2; switch (n) { case 1: probe(1); break; default: }"),
                "a case a constant selector never reaches");
    }

    @Test
    void finallyRunsOnEveryExitAndCatchesSeeStatesOfTheirTryBlock() {
        Marks returns = walk("""
                try { mark("try"); if (a) { return; } mark("rest"); } finally { mark("finally"); }
                mark("after");
                """);
        assertEquals("a=false, a=true, after, finally, rest, try", String.join(", ", returns.normalExit()));

        Marks catches = walk("""
                try { mark("before"); call(); mark("after call"); } catch (RuntimeException e) { probe(1); }
                try { mark("t"); call(); } finally { mark("f"); }
                """);
        assertEquals("before", at(catches, 1), "an exception leaves the try block at the call");
        assertTrue(catches.exceptionalExit().contains("f"), "an exception passes through finally");

        Marks jumps = walk("""
                for (String x : xs) {
                    try { if (a) { break; } if (b) { continue; } } finally { mark("f"); }
                    probe(1);
                }
                probe(2);
                """);
        assertTrue(at(jumps, 2).contains("f"), "break leaves through finally: " + at(jumps, 2));
    }

    @Test
    void tryWithResourcesClosesItsResourcesOnEveryExit() {
        Marks marks = walk("""
                try (java.io.Reader r = open()) { if (a) { return; } call(); }
                probe(1);
                """);
        assertTrue(at(marks, 1).contains("closed"), at(marks, 1));
        assertTrue(marks.normalExit().contains("closed"));
        assertTrue(marks.exceptionalExit().contains("closed"));
    }

    @Test
    void lambdasAreBodiesOfTheirOwn() {
        CompilationUnit unit = new JavaParser(Parsing.configuration()).parse("""
                class C { void run(boolean a) {
                    mark("outer");
                    Runnable r = () -> { if (a) { mark("in lambda"); } probe(1); };
                    probe(2);
                } }
                """).getResult().orElseThrow();
        MethodDeclaration method = unit.findFirst(MethodDeclaration.class).orElseThrow();
        Marks outer = new Marks(Body.of(method).orElseThrow(), 10_000);
        outer.run(probes(method));
        assertEquals("outer", at(outer, 2), "the lambda's code does not run where it is created");
        LambdaExpr lambda = unit.findFirst(LambdaExpr.class).orElseThrow();
        Marks inner = new Marks(Body.of(lambda).orElseThrow(), 10_000);
        inner.run(probes(lambda));
        MethodCallExpr probe = probes(lambda).get(0);
        assertEquals(new TreeSet<>(List.of("a=false", "a=true", "in lambda")), inner.at(probe));
    }

    @Test
    void aLoopThatDoesNotSettleOrAnExhaustedBudgetMakesTheAnswerUnknown() {
        assertFalse(walk("while (a) { grow(); }").complete(), "a state that grows on every round never settles");
        StringBuilder big = new StringBuilder();
        for (int i = 0; i < 200; i++) {
            big.append("if (a) { mark(\"m").append(i).append("\"); }\n");
        }
        assertFalse(walk(big.toString(), 50).complete());
        assertTrue(walk(big.toString(), 100_000).complete());
        assertNull(walk("return; ").exceptionalExit());
    }

    @Test
    void exceptionsLeaveTheBodyFromEveryCallOutsideATry() {
        Marks marks = walk("""
                mark("a");
                call();
                mark("b");
                int x = 1;
                """);
        assertEquals(new TreeSet<>(List.of("a")), marks.exceptionalExit(),
                "the state before each call: " + new ArrayList<>(marks.exceptionalExit()));
    }
}
