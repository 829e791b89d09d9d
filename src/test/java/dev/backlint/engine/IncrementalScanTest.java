package dev.backlint.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A scan with a cache gives exactly what a cold scan of the same tree gives. */
class IncrementalScanTest {

    @TempDir
    Path dir;

    private TempProject project;
    private Path cache;

    @BeforeEach
    void writeProject() {
        project = new TempProject(dir.resolve("repo"));
        cache = dir.resolve("cache/results");
        project.write("src/main/java/app/sql/Columns.java", """
                package app.sql;
                public final class Columns { public static final String ALL = "*"; }
                """);
        project.write("src/main/java/app/OrderDao.java", """
                package app;
                import app.sql.Columns;
                class OrderDao {
                    String all() { return "SELECT " + Columns.ALL + " FROM orders"; }
                }
                """);
        for (int i = 0; i < 6; i++) {
            project.write("src/main/java/app/other/Plain" + i + ".java", """
                    package app.other;
                    class Plain%d { String q() { return "SELECT * FROM t%d"; } }
                    """.formatted(i, i));
        }
        project.write("src/test/java/app/OrderDaoTest.java", "package app; class OrderDaoTest {}");
    }

    private ScanResult scan(boolean cached) {
        ScanRequest.Builder request = project.request();
        if (cached) {
            request.cacheFile(cache);
        }
        return new Analyzer().analyze(request.build());
    }

    private static void assertSameResults(ScanResult expected, ScanResult actual) {
        assertEquals(expected.findings(), actual.findings());
        assertEquals(expected.notifications(), actual.notifications());
        assertEquals(expected.filesScanned(), actual.filesScanned());
        assertEquals(expected.filesFailed(), actual.filesFailed());
        assertEquals(expected.linesScanned(), actual.linesScanned());
    }

    @Test
    void anUnchangedTreeIsServedFromTheCache() {
        ScanResult cold = scan(true);
        ScanResult warm = scan(true);

        assertSameResults(cold, warm);
        assertEquals(0, cold.diagnostics().filesFromCache());
        assertEquals(8, warm.diagnostics().filesFromCache());
        assertEquals(7, warm.findings().size());
    }

    @Test
    void aCheckoutWithOtherFileTimesIsServedFromTheCache() throws IOException {
        // what a CI job sees: the cache and the jars restored, every source checked out anew
        Path jar = project.root().resolve("lib/spring-jdbc.jar");
        Files.createDirectories(jar.getParent());
        Files.copy(Path.of(org.springframework.jdbc.core.JdbcTemplate.class.getProtectionDomain().getCodeSource()
                .getLocation().getPath()), jar);
        ScanResult cold = new Analyzer().analyze(project.request().cacheFile(cache).classpath(List.of(jar)).build());
        java.nio.file.attribute.FileTime later = java.nio.file.attribute.FileTime.from(
                java.time.Instant.now().plusSeconds(3600));
        try (var files = Files.walk(project.root())) {
            for (Path file : files.filter(Files::isRegularFile).filter(file -> !file.equals(cache)).toList()) {
                Files.setLastModifiedTime(file, later);
            }
        }
        ScanResult warm = new Analyzer().analyze(project.request().cacheFile(cache).classpath(List.of(jar)).build());

        assertSameResults(cold, warm);
        assertEquals(8, warm.diagnostics().filesFromCache(), "the same contents, the same jar");
    }

    @Test
    void changingAConstantReanalysesTheFilesThatReadItAndOnlyThose() {
        scan(true);
        project.write("src/main/java/app/sql/Columns.java", """
                package app.sql;
                public final class Columns { public static final String ALL = "id, total"; }
                """);

        ScanResult warm = scan(true);

        assertSameResults(scan(false), warm);
        assertEquals(6, warm.diagnostics().filesFromCache(), "the six plain files are reused");
        assertTrue(warm.findings().stream().noneMatch(f -> f.location().path().endsWith("OrderDao.java")));
    }

    /** The dependencies the cache holds for each analysed file, by file name. */
    private Map<String, Dependencies> cachedDependencies() throws IOException {
        ScanRequest request = project.request().cacheFile(cache).build();
        List<dev.backlint.api.Rule> rules = RuleRegistry.standard().select(request.enable(), request.disable());
        ResultCache results = new ResultCache(cache, ResultCache.key(request, project.root(), rules));
        Map<String, Dependencies> byName = new java.util.HashMap<>();
        for (ResultCache.Entry entry : results.load().values()) {
            if (entry.outcome() != null) {
                byName.put(Path.of(entry.path()).getFileName().toString(), entry.decodeResult().dependencies());
            }
        }
        return byName;
    }

    @Test
    void anEditThatKeepsAFilesShapeKeepsTheResultsThatOnlyResolvedAgainstIt() throws IOException {
        project.write("src/main/java/app/Stock.java", """
                package app;
                public class Stock {
                    public Long getOwnerId() { return 1L; }
                }
                """);
        project.write("src/main/java/app/StockCheck.java", """
                package app;
                class StockCheck {
                    boolean same(Stock a, Stock b) { return a.getOwnerId() == b.getOwnerId(); }
                }
                """);
        ScanResult first = scan(true);
        assertEquals(1, boxedEquality(first), "two Long results compared with ==");
        Map<String, Dependencies> read = cachedDependencies();
        int analysedFiles = read.size();

        // a body, a comment and the layout change; the declarations stay
        project.write("src/main/java/app/Stock.java", """
                package app;
                /** What is in stock. */
                public class Stock {
                    public Long getOwnerId() {
                        return 2L; // another owner
                    }
                }
                """);
        ScanResult sameShape = scan(true);
        assertSameResults(scan(false), sameShape);
        long readStock = read.values().stream()
                .filter(d -> d.everyFile() || d.factsOf().stream().anyMatch(f -> f.endsWith("Stock.java"))).count();
        assertEquals(analysedFiles - 1 - readStock, sameShape.diagnostics().filesFromCache(),
                "only Stock and the files that read its facts or every file's text are analysed again: " + read);
        assertEquals(1, boxedEquality(sameShape));

        // the return type changes: every file that asked the solver is analysed again
        project.write("src/main/java/app/Stock.java", """
                package app;
                public class Stock {
                    public long getOwnerId() { return 2L; }
                }
                """);
        ScanResult reshaped = scan(true);
        assertSameResults(scan(false), reshaped);
        assertEquals(0, boxedEquality(reshaped), "long results compare by value");
        long askedOrReadStock = read.values().stream().filter(d -> d.solver() || d.everyFile()
                || d.factsOf().stream().anyMatch(f -> f.endsWith("Stock.java"))).count();
        assertEquals(analysedFiles - 1 - askedOrReadStock, reshaped.diagnostics().filesFromCache());
    }

    @Test
    void theEditedFilesAreToldFirstAndACancelledScanLeavesTheCacheAsItWas() throws IOException {
        scan(true);
        project.write("src/main/java/app/other/Plain0.java", """
                package app.other;
                class Plain0 { String q() { return "SELECT * FROM orders"; } }
                """);
        java.util.List<Set<String>> told = new java.util.ArrayList<>();
        java.util.List<dev.backlint.api.Finding> toldFindings = new java.util.ArrayList<>();
        ScanProgress progress = new ScanProgress((uris, findings) -> {
            told.add(uris);
            toldFindings.addAll(findings);
        });

        ScanResult warm = new Analyzer().analyze(project.request().cacheFile(cache).build(), progress);

        assertEquals(List.of(Set.of("src/main/java/app/other/Plain0.java")), told);
        assertEquals(warm.findings().stream().filter(f -> f.location().path().endsWith("Plain0.java")).toList(),
                toldFindings);

        project.write("src/main/java/app/other/Plain1.java", "package app.other; class Plain1 { }");
        byte[] before = Files.readAllBytes(cache);
        ScanProgress cancelled = new ScanProgress();
        cancelled.cancel();
        ScanRequest request = project.request().cacheFile(cache).build();
        org.junit.jupiter.api.Assertions.assertThrows(java.util.concurrent.CancellationException.class,
                () -> new Analyzer().analyze(request, cancelled));
        org.junit.jupiter.api.Assertions.assertArrayEquals(before, Files.readAllBytes(cache));
        assertSameResults(scan(false), scan(true));
    }

    @Test
    void aResultThatReadEveryFilesTextStandsUntilAFileSaysSomethingNewForThatIndex() throws IOException {
        String api = """
                package app.rest;
                import org.glassfish.jersey.server.ResourceConfig;
                class WarehouseApi extends ResourceConfig {
                    WarehouseApi() { register(StockResource.class); }
                }
                """;
        project.write("src/main/java/app/rest/WarehouseApi.java", api);
        project.write("src/main/java/app/rest/StockResource.java", """
                package app.rest;
                import jakarta.ws.rs.GET;
                import jakarta.ws.rs.Path;
                @Path("/stock")
                class StockResource {
                    private int lookups;
                    @GET public int level() { lookups++; return lookups; }
                }
                """);
        assertEquals(0, stateFindings(scan(true)), "a resource registered by its class is made per request");
        Map<String, Dependencies> read = cachedDependencies();
        assertTrue(read.get("StockResource.java").everyFile(), "the resource read the registrations: " + read);

        // a comment and another body: the registrations read from the text are the same
        project.write("src/main/java/app/rest/WarehouseApi.java", api.replace("register(StockResource.class); }",
                "register(StockResource.class); property(\"trace\", true); } // registrations"));
        ScanResult same = scan(true);
        assertSameResults(scan(false), same);
        assertEquals(read.size() - 1, same.diagnostics().filesFromCache(), "every file but the edited one");

        // an instance registered: one object serves every request, and its state is shared
        project.write("src/main/java/app/rest/WarehouseApi.java",
                api.replace("register(StockResource.class);", "register(new StockResource());"));
        ScanResult registered = scan(true);
        assertSameResults(scan(false), registered);
        assertEquals(1, stateFindings(registered), registered.findings().toString());
    }

    private static long stateFindings(ScanResult result) {
        return result.findings().stream().filter(f -> f.ruleId().equals("singleton-mutable-state")).count();
    }

    @Test
    void whatAnEditLeavesValidDependsOnWhatTheResultRead() {
        String edited = "/repo/app/Stock.java";
        Map<String, FileOutcome> results = new java.util.HashMap<>();
        results.put("solver", outcome(new Dependencies(Set.of(), Set.of(), Set.of(), true, Set.of())));
        results.put("facts", outcome(new Dependencies(Set.of(edited), Set.of(), Set.of(), false, Set.of())));
        results.put("text", outcome(new Dependencies(Set.of(), Set.of(), Set.of(), false, Set.of("names"))));
        results.put("name", outcome(new Dependencies(Set.of(), Set.of("Stock.java"), Set.of(), false, Set.of())));
        results.put("folder", outcome(new Dependencies(Set.of(), Set.of(), Set.of("/repo/app"), false, Set.of())));
        results.put("none", outcome(Dependencies.none()));
        ResultCache.Comparison comparison = new ResultCache.Comparison(Map.of(), results, Set.of(edited),
                Map.of(edited, outcome(Dependencies.none())), true);

        assertEquals(Set.of("solver", "name", "folder", "none"), comparison.reusable(Set.of(edited), Set.of()),
                "the same shape: the types resolved against it stand, its facts and text do not");
        assertEquals(Set.of("solver", "name", "folder", "none", "text"),
                comparison.reusable(Set.of(edited), Set.of("names")), "and it says the same for the index read");
        assertEquals(Set.of("none"), comparison.reusable(Set.of(), Set.of("other")), "another shape, another index");
    }

    private static FileOutcome outcome(Dependencies read) {
        return new FileOutcome(List.of(), List.of(), true, false, 1, null, read, "shape");
    }

    private static long boxedEquality(ScanResult result) {
        return result.findings().stream().filter(f -> f.ruleId().equals("boxed-reference-equality")).count();
    }

    @Test
    void addedRemovedAndEditedFilesGiveTheColdResult() throws IOException {
        scan(true);
        project.write("src/main/java/app/other/Plain0.java", """
                package app.other;
                class Plain0 { String q() { return "SELECT id FROM t0"; } }
                """);
        Files.delete(project.root().resolve("src/main/java/app/other/Plain1.java"));
        project.write("src/main/java/app/other/Added.java", """
                package app.other;
                class Added { String q() { return "select * from added"; } }
                """);

        ScanResult warm = scan(true);

        assertSameResults(scan(false), warm);
        assertEquals(6, warm.diagnostics().filesFromCache(), "Columns, OrderDao and Plain2 to Plain5");
    }

    @Test
    void aTypeThatAppearsLaterIsFoundByFilesThatMissedItBefore() {
        project.write("src/main/java/app/OrderDao.java", """
                package app;
                class OrderDao {
                    String all() { return "SELECT " + Star.ALL + " FROM orders"; }
                }
                """);
        ScanResult before = scan(true);
        assertTrue(before.findings().stream().noneMatch(f -> f.location().path().endsWith("OrderDao.java")));

        project.write("src/main/java/app/Star.java", "package app; class Star { static final String ALL = \"*\"; }");
        ScanResult warm = scan(true);

        assertSameResults(scan(false), warm);
        assertTrue(warm.findings().stream().anyMatch(f -> f.location().path().endsWith("OrderDao.java")));
    }

    @Test
    void otherRulesOrAnUnreadableCacheMeanAColdScan() throws IOException {
        scan(true);
        Set<String> defaults = new java.util.TreeSet<>();
        RuleRegistry.standard().select(Set.of(), Set.of()).forEach(rule -> defaults.add(rule.info().id()));
        ScanResult sameRules = new Analyzer().analyze(project.request().cacheFile(cache).enable(defaults).build());
        assertEquals(8, sameRules.diagnostics().filesFromCache(), "naming every default rule is the same rule set");
        ScanResult fewer = new Analyzer().analyze(project.request().cacheFile(cache)
                .enable(Set.of("select-star")).build());
        assertEquals(0, fewer.diagnostics().filesFromCache(), "another rule set is another key");

        Files.write(cache, new byte[] {1, 2, 3, 4});
        ScanResult afterCorruption = scan(true);

        assertSameResults(scan(false), afterCorruption);
        assertEquals(0, afterCorruption.diagnostics().filesFromCache());
        assertEquals(List.of(), afterCorruption.notifications());
    }

    @Test
    void factsOfTheAnalysesKindsAreKeptInTheCacheAndReadBackForFilesThatChange() {
        project.write("src/main/java/app/web/Sql.java", """
                package app.web;
                final class Sql {
                    static String where(String value) { return "name = '" + value + "'"; }
                }
                """);
        String controller = """
                package app.web;
                import jakarta.servlet.http.HttpServletRequest;
                import org.springframework.jdbc.core.JdbcTemplate;
                class Search {
                    private final JdbcTemplate jdbc;
                    Search(JdbcTemplate jdbc) { this.jdbc = jdbc; }
                    Object find(HttpServletRequest request) {
                        return jdbc.queryForList("SELECT id FROM users WHERE " + Sql.where(request.getParameter("q")));
                    }
                }
                """;
        project.write("src/main/java/app/web/Search.java", controller);
        scan(true);

        // the helper is unchanged: its facts come from the cache, and what it passes on is
        // worked out from its text when the caller asks (a lazy kind)
        project.write("src/main/java/app/web/Search.java", controller + "// edited\n");
        ScanResult warm = scan(true);
        assertSameResults(scan(false), warm);
        assertEquals(1, warm.findings().stream().filter(f -> f.ruleId().equals("sql-injection")).count());

        project.write("src/main/java/app/web/Sql.java", """
                package app.web;
                final class Sql {
                    static String where(String value) { return "name = ?"; }
                }
                """);
        ScanResult afterFix = scan(true);
        assertSameResults(scan(false), afterFix);
        assertEquals(0, afterFix.findings().stream().filter(f -> f.ruleId().equals("sql-injection")).count());
    }

    @Test
    void anEditOfAMapperAloneReanalysesTheCallersThatReachIt() {
        project.write("src/main/java/app/web/Reports.java", """
                package app.web;
                import org.springframework.web.bind.annotation.*;
                @RestController
                class Reports {
                    private final ReportMapper mapper;
                    Reports(ReportMapper mapper) { this.mapper = mapper; }
                    @GetMapping("/r") Object list(@RequestParam String sort) { return mapper.list(sort); }
                }
                """);
        project.write("src/main/java/app/web/ReportMapper.java", """
                package app.web;
                interface ReportMapper { Object list(String sort); }
                """);
        project.write("src/main/resources/app/web/ReportMapper.xml", """
                <?xml version="1.0"?>
                <mapper namespace="app.web.ReportMapper">
                  <select id="list" resultType="map">SELECT id FROM reports ORDER BY ${sort}</select>
                </mapper>
                """);
        ScanResult first = scan(true);
        assertEquals(1, first.findings().stream().filter(f -> f.ruleId().equals("sql-injection")).count(),
                first.findings().toString());
        Map<String, Dependencies> read;
        try {
            read = cachedDependencies();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        assertTrue(read.get("Reports.java").everyFile(), "the caller read the mappers' index: " + read);

        // an edit of a Java file says nothing new for the mappers' index: the caller's result stands
        project.write("src/main/java/app/other/Plain0.java", """
                package app.other;
                class Plain0 { String q() { return "SELECT * FROM other0"; } }
                """);
        ScanResult unrelated = scan(true);
        assertSameResults(scan(false), unrelated);
        assertEquals(read.size() - 1, unrelated.diagnostics().filesFromCache(), "every Java file but Plain0");

        project.write("src/main/resources/app/web/ReportMapper.xml", """
                <?xml version="1.0"?>
                <mapper namespace="app.web.ReportMapper">
                  <select id="list" resultType="map">SELECT id FROM reports ORDER BY #{sort}</select>
                </mapper>
                """);
        ScanResult rescan = scan(true);

        assertSameResults(scan(false), rescan);
        assertEquals(0, rescan.findings().stream().filter(f -> f.ruleId().equals("sql-injection")).count(),
                rescan.findings().toString());
    }
}
