package dev.backlint.matchers;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.github.javaparser.ast.expr.MethodCallExpr;
import dev.backlint.api.Checks;
import dev.backlint.api.Level;
import dev.backlint.api.Rule;
import dev.backlint.api.RuleInfo;
import dev.backlint.engine.Analyzer;
import dev.backlint.engine.RuleRegistry;
import dev.backlint.engine.TempProject;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the matchers recognise from the syntax, and what they leave to the solver, with no library jar given. */
class MatchersTest {

    private static final TypeMatcher CONNECTION = TypeMatcher.of("java.sql.Connection");
    private static final CallMatcher DRIVER_MANAGER = CallMatcher.staticCall("java.sql.DriverManager", "getConnection");
    private static final CallMatcher DATA_SOURCE = CallMatcher.instance("javax.sql.DataSource", "getConnection");

    /** Reports {@code probe(x)} as "connection" or "other", and each {@code getConnection} call by who owns it. */
    @RuleInfo(id = "matcher-probe", summary = "Reports what the matchers see", level = Level.NOTE)
    static final class Probe implements Rule {
        @Override
        public void register(Checks checks) {
            checks.on(MethodCallExpr.class, (call, context) -> {
                if (call.getNameAsString().equals("probe") && call.getArguments().size() == 1) {
                    context.report(call, CONNECTION.matches(call.getArgument(0), context) ? "connection" : "other");
                } else if (call.getNameAsString().equals("getConnection")) {
                    context.report(call, DRIVER_MANAGER.matches(call, context) ? "static"
                            : DATA_SOURCE.matches(call, context) ? "data source" : "neither");
                }
            });
        }
    }

    @TempDir
    Path dir;

    private List<String> verdicts() {
        TempProject project = new TempProject(dir);
        project.write("src/main/java/app/Pool.java", """
                package app;
                import java.sql.Connection;
                public class Pool {
                    public Connection connection;
                    public Connection getConnection() { return connection; }
                }
                """);
        project.write("src/main/java/app/Use.java", """
                package app;
                import java.sql.Connection;
                import java.sql.DriverManager;
                import java.sql.Statement;
                import java.util.List;
                import javax.sql.DataSource;
                import static java.sql.DriverManager.getConnection;
                class Use {
                    private Statement statement;
                    void run(DataSource dataSource, Object object, List<Connection> connections, Pool pool, String url)
                            throws Exception {
                        Connection declared = null;
                        probe(declared);
                        var fromSource = dataSource.getConnection();
                        probe(fromSource);
                        var cast = (Connection) object;
                        probe(cast);
                        for (var each : connections) { probe(each); }
                        connections.forEach(c -> probe(c));
                        probe(pool.connection);
                        probe(this.statement);
                        probe(object);
                        DriverManager.getConnection(url);
                        getConnection(url);
                        pool.getConnection();
                    }
                    void probe(Object o) { }
                }
                """);
        return new Analyzer(RuleRegistry.of(List.of(new Probe()))).analyze(project.request().build())
                .findings().stream()
                .filter(f -> f.location().path().endsWith("Use.java"))
                .map(f -> f.location().range().startLine() + " " + f.message())
                .toList();
    }

    @Test
    void typesValuesFromDeclarationsInitialisersCastsLoopsLambdasAndOtherFilesFields() {
        assertEquals(List.of(
                "13 connection",
                "14 data source",
                "15 connection",
                "17 connection",
                "18 connection",
                "19 connection",
                "20 connection",
                "21 other",
                "22 other",
                "23 static",
                "24 static",
                "25 neither"), verdicts());
    }

    /** Reports each {@code build()} of a chain started by {@code HttpClient.newBuilder()}, with or without a connect timeout. */
    @RuleInfo(id = "chain-probe", summary = "Reports builder chains", level = Level.NOTE)
    static final class ChainProbe implements Rule {
        private static final CallMatcher NEW_BUILDER = CallMatcher.staticCall("java.net.http.HttpClient", "newBuilder");

        @Override
        public void register(Checks checks) {
            checks.on(MethodCallExpr.class, (call, context) -> {
                if (call.getNameAsString().equals("build") && Chains.startsWith(call, NEW_BUILDER, context)) {
                    context.report(call, Chains.anyNamed(call, java.util.Set.of("connectTimeout"))
                            ? "with timeout" : "without timeout");
                }
            });
        }
    }

    @Test
    void followsBuilderChainsFromTheirFirstCall() {
        TempProject project = new TempProject(dir);
        project.write("src/main/java/app/Clients.java", """
                package app;
                import java.net.http.HttpClient;
                import java.time.Duration;
                class Clients {
                    HttpClient plain() { return HttpClient.newBuilder().build(); }
                    HttpClient timed() {
                        return HttpClient.newBuilder()
                                .followRedirects(HttpClient.Redirect.NORMAL)
                                .connectTimeout(Duration.ofSeconds(2))
                                .build();
                    }
                    Object other(StringBuilder sb) { return sb.append("x").toString(); }
                }
                """);
        List<String> verdicts = new Analyzer(RuleRegistry.of(List.of(new ChainProbe()))).analyze(project.request().build())
                .findings().stream().map(f -> f.location().range().startLine() + " " + f.message()).toList();
        assertEquals(List.of("5 without timeout", "7 with timeout"), verdicts);
    }
}
