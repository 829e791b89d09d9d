package dev.backlint.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.javaparser.JavaParser;
import com.github.javaparser.ParserConfiguration;
import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.expr.BinaryExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.IntegerLiteralExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TreesTest {

    private static final CompilationUnit UNIT = new JavaParser(new ParserConfiguration()
            .setLanguageLevel(ParserConfiguration.LanguageLevel.JAVA_17)).parse("""
            package p;
            import java.util.List;
            /** Doc. */
            record Point(int x, int y) {
                int sum(List<Integer> xs) {
                    int total = 0;
                    for (int v : xs) { total += switch (v) { case 0 -> 1; default -> v * 2; }; }
                    Runnable r = () -> System.out.println(total);
                    return first(xs).orElse(x + y);
                }
                static java.util.Optional<Integer> first(List<Integer> xs) { return xs.stream().findFirst(); }
            }
            """).getResult().orElseThrow();

    @Test
    void walksEveryNodeInTheParsersPreOrder() {
        List<Node> expected = new ArrayList<>();
        UNIT.walk(Node.TreeTraversal.PREORDER, expected::add);
        List<Node> walked = new ArrayList<>();

        Trees.walk(UNIT, walked::add);

        assertEquals(expected.size(), walked.size());
        for (int i = 0; i < expected.size(); i++) {
            assertTrue(expected.get(i) == walked.get(i), "node " + i + ": " + walked.get(i));
        }
    }

    @Test
    void findsTheFirstMatchingNodeAsTheParserDoes() {
        Optional<MethodCallExpr> expected = UNIT.findFirst(MethodCallExpr.class, c -> c.getArguments().size() == 1);

        Optional<MethodCallExpr> found = Trees.findFirst(UNIT, MethodCallExpr.class, c -> c.getArguments().size() == 1);

        assertEquals("System.out.println(total)", expected.orElseThrow().toString());
        assertTrue(expected.get() == found.orElseThrow());
        assertEquals(Optional.empty(), Trees.findFirst(UNIT, MethodCallExpr.class, c -> c.getNameAsString().equals("none")));
        NameExpr root = new NameExpr("alone");
        assertTrue(Trees.findFirst(root, NameExpr.class, n -> true).orElseThrow() == root, "the root counts");
    }

    @Test
    void walksATreeNestedDeeperThanAThreadStackWouldAllow() {
        Expression chain = new IntegerLiteralExpr("0");
        for (int i = 1; i <= 200_000; i++) {
            chain = new BinaryExpr(chain, new IntegerLiteralExpr(String.valueOf(i % 10)), BinaryExpr.Operator.PLUS);
        }
        int[] literals = {0};

        Trees.walk(chain, node -> literals[0] += node instanceof IntegerLiteralExpr ? 1 : 0);

        assertEquals(200_001, literals[0]);
        assertTrue(Trees.findFirst(chain, IntegerLiteralExpr.class, l -> l.getValue().equals("0")).isPresent());
    }
}
