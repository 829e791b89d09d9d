package dev.backlint.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.backlint.api.Finding;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Where request data goes within a method, along the paths control can take. */
class TaintTest {

    @TempDir
    Path dir;

    private List<String> verdicts(String source) {
        TempProject project = new TempProject(dir);
        project.write("src/main/java/web/Handler.java", source);
        return new Analyzer(RuleRegistry.of(List.of(new TestRules.TaintProbe())))
                .analyze(project.request().build())
                .findings().stream()
                .map(f -> f.location().range().startLine() + " " + f.message())
                .toList();
    }

    @Test
    void followsBranchesLoopsSwitchesAndTryAlongEveryPath() {
        List<String> verdicts = verdicts("""
                package web;
                import jakarta.servlet.http.HttpServletRequest;
                class Handler {
                    void run(HttpServletRequest request, boolean flag, int kind, java.util.List<String> names) {
                        String p = request.getParameter("p");
                        String a = p;
                        if (flag) { a = "x"; }
                        probe(a);
                        String b = p;
                        if (flag) { b = "x"; } else { b = "y"; }
                        probe(b);
                        String c = "x";
                        for (String name : names) { probe(c); c = p; }
                        String d = p;
                        switch (kind) {
                            case 1: d = "one";
                            case 2: probe(d); d = "two"; break;
                            default: d = "other";
                        }
                        probe(d);
                        String e = "x";
                        try { e = p; probe(e); e = "y"; } catch (RuntimeException ex) { probe(e); }
                        String f = p;
                        if (f == null) { return; }
                        f = "x";
                        probe(f);
                        long g = Long.parseLong(p);
                        probe("id=" + g);
                        final boolean off = false;
                        String h = "x";
                        if (off) { h = p; }
                        probe(h);
                        Runnable later = () -> { probe(p); };
                    }
                    void probe(Object value) {}
                }
                """);

        assertEquals(List.of("8 tainted", "11 clean", "13 tainted", "17 tainted", "20 clean", "22 tainted",
                "22 tainted", "26 clean", "28 clean", "32 clean", "33 tainted"), verdicts);
    }

    @Test
    void followsCollectionsElementByElementAndHelperMethodsThroughSummaries() {
        List<String> verdicts = verdicts("""
                package web;
                import jakarta.servlet.http.HttpServletRequest;
                import java.util.*;
                class Handler {
                    void run(HttpServletRequest request) {
                        String p = request.getHeader("h");
                        Map<String, String> map = new HashMap<>();
                        map.put("k", p);
                        map.put("safe", "x");
                        probe(map.get("k"));
                        probe(map.get("safe"));
                        List<String> list = new ArrayList<>();
                        list.add("a");
                        list.add(p);
                        list.add("b");
                        list.remove(0);
                        probe(list.get(0));
                        probe(list.get(1));
                        for (String each : list) { probe(each); }
                        probe(quote(p));
                        probe(fixed(p));
                        probe(new Helper().wrap(p));
                        probe(request.getParameterValues("v")[0]);
                    }
                    private String quote(String s) { StringBuilder sb = new StringBuilder("'"); sb.append(s); return sb.toString(); }
                    private String fixed(String s) { return s.isEmpty() ? "a" : "b"; }
                    static class Helper { String wrap(String s) { String t = "(" + s + ")"; return t; } }
                    void probe(Object value) {}
                }
                """);

        assertEquals(List.of("10 tainted", "11 clean", "17 tainted", "18 clean", "19 tainted", "20 tainted",
                "21 clean", "22 tainted", "23 tainted"), verdicts);
    }
}
