package dev.backlint.flow.nullness;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.github.javaparser.JavaParser;
import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.MethodCallExpr;
import dev.backlint.engine.Parsing;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Which dereferences a plain guard settles before the flow is asked; the flow decides the rest. */
class GuardedTest {

    /** For each call named {@code use} in the method, whether its receiver is plainly guarded. */
    private static List<Boolean> guards(String method) {
        CompilationUnit unit = new JavaParser(Parsing.configuration()).parse("class C { String f; " + method + " }")
                .getResult().orElseThrow();
        MethodDeclaration declaration = unit.findFirst(MethodDeclaration.class).orElseThrow();
        return declaration.findAll(MethodCallExpr.class, call -> call.getNameAsString().equals("use")).stream()
                .map(call -> Guarded.plainly((Expression) call.getScope().orElseThrow(), declaration))
                .toList();
    }

    @Test
    void testsThatDominateTheDereference() {
        assertEquals(List.of(true, true, true, true, true, true), guards("""
                void m(String a, String b, String c, String d, Object e) {
                    if (a != null) { a.use(); }
                    if (b == null) { log(); } else { b.use(); }
                    boolean ok = c != null && c.use();
                    String s = d == null ? "" : d.use();
                    if (e instanceof String text && text.isEmpty()) { e.use(); }
                    if (!(this.f == null)) { f.use(); }
                }
                """));
    }

    @Test
    void earlyExitsAssertionsAndDefaults() {
        assertEquals(List.of(true, true, true, true, true), guards("""
                void m(String a, String b, String c, String d, java.util.List<String> names) {
                    if (a == null) { return; }
                    a.use();
                    Assert.notNull(b, "b");
                    b.use();
                    if (!StringUtils.hasText(c)) throw new IllegalArgumentException();
                    c.use();
                    if (d == null) { d = new String(); }
                    d.use();
                    for (String name : names) {
                        if (name == null) continue;
                        name.use();
                    }
                }
                """));
    }

    @Test
    void whatDoesNotGuard() {
        assertEquals(List.of(false, false, false, false, false, false), guards("""
                void m(String a, String b, String c, String d, String e, String other) {
                    if (a == null) { log(); }
                    a.use();
                    if (b != null) { log(); }
                    b.use();
                    boolean either = c != null || c.use();
                    if (other != null) { d.use(); }
                    if (e == null) { e = lookup(); }
                    e.use();
                    Runnable later = () -> other.use();
                }
                """));
    }

    @Test
    void aGuardIsVoidOnceTheValueChangesAfterIt() {
        assertEquals(List.of(false, false, false), guards("""
                void m(String a, String b, String id, java.util.List<String> names) {
                    if (a != null) {
                        a = lookup();
                        a.use();
                    }
                    if (b == null) { return; }
                    for (String name : names) {
                        b.use();
                        b = lookup(name);
                    }
                    if (describe(id) != null) {
                        id = id + "-copy";
                        describe(id).use();
                    }
                }
                """));
    }
}
