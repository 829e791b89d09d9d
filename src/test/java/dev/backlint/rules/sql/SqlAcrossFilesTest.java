package dev.backlint.rules.sql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.backlint.api.Finding;
import dev.backlint.api.FlowStep;
import dev.backlint.engine.Analyzer;
import dev.backlint.engine.RuleRegistry;
import dev.backlint.engine.ScanRequest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Request data that reaches a query in another file is reported where the query runs, once,
 * with the flow through each file, in place of that line's concatenation warning; and
 * a concatenation warning points at the lines that built the text.
 */
class SqlAcrossFilesTest {

    @TempDir
    Path dir;

    private static final String CONTROLLER = """
            package app;
            import org.springframework.web.bind.annotation.*;
            @RestController
            class Orders {
                private final OrderService service;
                Orders(OrderService service) { this.service = service; }
                @GetMapping("/a") Object a(@RequestParam String status) { return service.byStatus(status); }
                @GetMapping("/b") Object b(@RequestHeader("X-Status") String status) { return service.byStatus(status.trim()); }
                @GetMapping("/c") Object c() { return service.byStatus("OPEN"); }
            }
            """;

    private static final String SERVICE = """
            package app;
            class OrderService {
                private final OrderDao dao;
                OrderService(OrderDao dao) { this.dao = dao; }
                Object byStatus(String status) { return dao.find("status = '" + status + "'"); }
            }
            """;

    private static String dao(String comment) {
        return """
                package app;
                import org.springframework.jdbc.core.JdbcTemplate;
                class OrderDao {
                    private final JdbcTemplate jdbc;
                    OrderDao(JdbcTemplate jdbc) { this.jdbc = jdbc; }
                    Object find(String condition) {
                        String sql = "SELECT id FROM orders WHERE " + condition;
                        %s
                        return jdbc.queryForList(sql);
                    }
                }
                """.formatted(comment);
    }

    private List<Finding> scan(String daoComment) throws IOException {
        write("src/main/java/app/Orders.java", CONTROLLER);
        write("src/main/java/app/OrderService.java", SERVICE);
        write("src/main/java/app/OrderDao.java", dao(daoComment));
        return new Analyzer(RuleRegistry.standard())
                .analyze(ScanRequest.builder().path(dir).sourceRoot(dir).threads(2)
                        .enable(Set.of("sql-injection", "sql-concatenation")).build())
                .findings();
    }

    private void write(String relative, String text) throws IOException {
        Path file = dir.resolve(relative);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }

    @Test
    void requestDataPassedThroughTwoCallsIsReportedOnceAtTheQueryWithTheFlowThroughEachFile() throws IOException {
        List<Finding> findings = scan("");

        assertEquals(List.of("src/main/java/app/OrderDao.java:9 sql-injection"), findings.stream()
                .map(f -> f.location().path() + ":" + f.location().range().startLine() + " " + f.ruleId()).toList(),
                "one finding at the query, none for the concatenation on its line");
        Finding finding = findings.get(0);
        assertTrue(finding.sourceLine().contains("jdbc.queryForList(sql)"), finding.sourceLine());
        List<String> files = finding.codeFlow().stream().map(FlowStep::location)
                .map(l -> l.path().substring(l.path().lastIndexOf('/') + 1) + ":" + l.range().startLine()).toList();
        assertEquals("Orders.java:7", files.get(0), "the flow starts where the data enters: " + files);
        assertTrue(files.contains("OrderService.java:5"), files.toString());
        assertEquals("OrderDao.java:9", files.get(files.size() - 1), files.toString());
    }

    @Test
    void aSuppressionAtTheQueryCoversWhatOtherFilesReportThere() throws IOException {
        List<Finding> findings = scan("// backlint:ignore sql-injection -- the condition comes from an allow-list");

        assertEquals(1, findings.size(), findings.toString());
        assertTrue(findings.get(0).suppressed(), findings.toString());
    }

    @Test
    void aConcatenationWarningLinksTheLinesThatBuiltTheText() throws IOException {
        write("src/main/java/app/Report.java", """
                package app;
                import java.sql.*;
                class Report {
                    ResultSet run(Connection connection, String table, String order) throws SQLException {
                        StringBuilder sql = new StringBuilder("SELECT id FROM ");
                        sql.append(table);
                        sql.append(" ORDER BY id");
                        if (order != null) {
                            sql.append(", ").append(order);
                        }
                        return connection.createStatement().executeQuery(sql.toString());
                    }
                }
                """);
        List<Finding> findings = new Analyzer(RuleRegistry.standard())
                .analyze(ScanRequest.builder().path(dir).sourceRoot(dir).threads(2)
                        .enable(Set.of("sql-concatenation")).build())
                .findings();

        assertEquals(1, findings.size(), findings.toString());
        assertEquals(List.of(6, 9), findings.get(0).related().stream()
                .map(r -> r.location().range().startLine()).toList(), "the appends of text that varies, not the constant ones");
        assertTrue(findings.get(0).message().contains("[here](1) and [here](2)"), findings.get(0).message());
    }
}
