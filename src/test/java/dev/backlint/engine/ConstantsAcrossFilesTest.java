package dev.backlint.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.backlint.api.Finding;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Constant evaluation through locals, fields, other files, imports and supertypes. */
class ConstantsAcrossFilesTest {

    @TempDir
    Path dir;

    private List<String> probe(TempProject project) {
        ScanResult result = new Analyzer(RuleRegistry.of(List.of(new TestRules.ConstantProbe())))
                .analyze(project.request().build());
        return result.findings().stream().map(Finding::message).toList();
    }

    @Test
    void foldsLiteralsLocalsAndFieldsOfTheSameFile() {
        TempProject project = new TempProject(dir);
        project.write("src/main/java/app/Local.java", """
                package app;
                class Local {
                    static final String TABLE = "users";
                    static final int LIMIT = 10;
                    final String instance = "no";
                    void run(String param) {
                        final String a = "x";
                        String b = a + "y";
                        String c = "start";
                        c = c + param;
                        probe("SELECT id FROM " + TABLE);
                        probe(b);
                        probe(1 + 2 + "px");
                        probe("n=" + LIMIT + 1);
                        probe(c);
                        probe(param);
                        for (int i = 0; i < 1; i++) { probe(i); }
                        int num = 106;
                        probe((7 * 18) + num > 200);
                        probe("ABC".charAt(1));
                        probe(!(LIMIT % 3 == 1) || false);
                        probe(10 / 0);
                    }
                    void probe(Object o) {}
                }
                """);

        assertEquals(List.of("String:SELECT id FROM users", "String:xy", "String:3px", "String:n=101",
                "unknown", "unknown", "unknown", "Boolean:true", "Character:B", "Boolean:false", "unknown"),
                probe(project));
    }

    @Test
    void findsConstantsOfOtherFilesByImportPackageStaticImportAndSupertype() {
        TempProject project = new TempProject(dir);
        project.write("src/main/java/app/sql/Tables.java", """
                package app.sql;
                public final class Tables {
                    public static final String USERS = "users";
                    public static final String ORDERS = PREFIX + "orders";
                    static final String PREFIX = "shop_";
                    public static final class Nested { public static final String COLS = "id, name"; }
                }
                """);
        project.write("src/main/java/app/Columns.java", """
                package app;
                interface Columns { String ID = "id"; }
                """);
        project.write("src/main/java/app/Dao.java", """
                package app;
                import app.sql.Tables;
                import static app.sql.Tables.ORDERS;
                class Dao implements Columns {
                    void run() {
                        probe(Tables.USERS);
                        probe(ORDERS);
                        probe(ID);
                        probe(Tables.Nested.COLS);
                        probe(app.sql.Tables.USERS);
                        probe(Tables.MISSING);
                    }
                    void probe(Object o) {}
                }
                """);

        assertEquals(List.of("String:users", "String:shop_orders", "String:id", "String:id, name", "String:users",
                "unknown"), probe(project));
    }

    @Test
    void foldsArithmeticOfOtherFilesConstantsFreshAndFromTheCache() {
        TempProject project = new TempProject(dir);
        project.write("src/main/java/app/Limits.java", """
                package app;
                public final class Limits {
                    public static final long DAY = 24L * 60 * 60;
                    public static final long WEEK = 7 * DAY;
                    public static final int HALF = 100 / 2 - 1;
                    public static final int ZERO = 1 / 0;
                }
                """);
        project.write("src/main/java/app/Use.java", """
                package app;
                class Use {
                    void run() { probe(Limits.WEEK); probe(Limits.HALF); probe(Limits.ZERO); probe(Limits.DAY % 1000); }
                    void probe(Object o) {}
                }
                """);
        Path cache = dir.resolve("cache.bin");
        List<String> expected = List.of("Long:604800", "Integer:49", "unknown", "Long:400");
        for (int run = 0; run < 2; run++) {
            List<String> found = new Analyzer(RuleRegistry.of(List.of(new TestRules.ConstantProbe())))
                    .analyze(project.request().cacheFile(cache).build())
                    .findings().stream().map(Finding::message).toList();
            assertEquals(expected, found, "run " + run);
        }
    }

    @Test
    void cyclesAndReusedConstantsAreHandled() {
        TempProject project = new TempProject(dir);
        project.write("src/main/java/app/Cycle.java", """
                package app;
                class Cycle {
                    static final String A = B + "a";
                    static final String B = A + "b";
                    static final String X = "x";
                    static final String XX = X + X;
                    void run() { probe(A); probe(XX); }
                    void probe(Object o) {}
                }
                """);

        assertEquals(List.of("unknown", "String:xx"), probe(project));
    }

    @Test
    void aLocalShadowsAFieldOfTheSameName() {
        TempProject project = new TempProject(dir);
        project.write("src/main/java/app/Shadow.java", """
                package app;
                class Shadow {
                    static final String NAME = "field";
                    void run(String NAME) { probe(NAME); }
                    void other() { String NAME = "local"; probe(NAME); }
                    void probe(Object o) {}
                }
                """);

        assertEquals(List.of("unknown", "String:local"), probe(project));
    }

    @Test
    void readsConstantsOfLibraryClassesFromTheirJarsAndOnlyFromThem() throws Exception {
        TempProject project = new TempProject(dir);
        project.write("src/main/java/app/Headers.java", """
                package app;
                import org.springframework.http.HttpHeaders;
                import static org.springframework.http.MediaType.APPLICATION_JSON_VALUE;
                class Headers {
                    void run() {
                        probe("h=" + HttpHeaders.ACCEPT);
                        probe(APPLICATION_JSON_VALUE);
                        probe(org.springframework.http.HttpHeaders.CONTENT_TYPE);
                        probe(HttpHeaders.EMPTY);
                        probe(HttpHeaders.NO_SUCH_FIELD);
                    }
                    void probe(Object o) {}
                }
                """);
        Path jar = Path.of(org.springframework.http.HttpHeaders.class.getProtectionDomain().getCodeSource()
                .getLocation().toURI());

        List<String> withJar = new Analyzer(RuleRegistry.of(List.of(new TestRules.ConstantProbe())))
                .analyze(project.request().classpath(List.of(jar)).build())
                .findings().stream().map(Finding::message).toList();

        assertEquals(List.of("String:h=Accept", "String:application/json", "String:Content-Type", "unknown", "unknown"),
                withJar);
        assertEquals(List.of("unknown", "unknown", "unknown", "unknown", "unknown"), probe(project));
    }
}
