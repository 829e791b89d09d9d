package dev.backlint.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.backlint.api.Finding;
import dev.backlint.api.ModelOptions;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The {@code options} of {@code backlint.yml}: each adds to what the rules know, and only that. */
class ConfiguredModelsTest {

    @TempDir
    Path dir;

    private List<String> scan(String rule, String options) {
        TempProject project = new TempProject(dir);
        ModelOptions models = ConfigFile.parse(Path.of(ConfigFile.NAME), options, RuleRegistry.standard()).options();
        ScanResult result = new Analyzer().analyze(project.request().enable(Set.of(rule)).options(models).build());
        return result.reported().stream().map(ConfiguredModelsTest::describe).toList();
    }

    private static String describe(Finding finding) {
        return finding.location().path() + ":" + finding.location().range().startLine() + " " + finding.ruleId();
    }

    @Test
    void sqlSinksMakeAProjectHelperAQueryApi() {
        TempProject project = new TempProject(dir);
        project.write("src/main/java/com/acme/db/Sql.java", """
                package com.acme.db;
                public class Sql {
                    public java.util.List<Object> query(String sql, Object... args) { return java.util.List.of(); }
                    public static int run(String sql) { return 0; }
                    public String describe(String text) { return text; }
                }
                """);
        project.write("src/main/java/com/acme/web/Orders.java", """
                package com.acme.web;
                import com.acme.db.Sql;
                import org.springframework.web.bind.annotation.*;
                @RestController
                class Orders {
                    private final Sql sql = new Sql();
                    @GetMapping("/orders")
                    Object find(@RequestParam String status) {
                        sql.describe("status = " + status);
                        Sql.run("DELETE FROM orders WHERE status = '" + status + "'");
                        return sql.query("SELECT id FROM orders WHERE status = '" + status + "'");
                    }
                }
                """);
        assertEquals(List.of(), scan("sql-injection", ""), "without the option the helper is unknown");
        assertEquals(List.of("src/main/java/com/acme/web/Orders.java:10 sql-injection",
                        "src/main/java/com/acme/web/Orders.java:11 sql-injection"),
                scan("sql-injection", "options: {sql-sinks: [com.acme.db.Sql#query, com.acme.db.Sql#run]}"));
        assertEquals(List.of("src/main/java/com/acme/web/Orders.java:11 sql-concatenation"),
                scan("sql-concatenation", "options: {sql-sinks: [com.acme.db.Sql#query]}"));
    }

    @Test
    void requestSourcesMakeAProjectWrapperRequestData() {
        TempProject project = new TempProject(dir);
        project.write("src/main/java/com/acme/web/RequestContext.java", """
                package com.acme.web;
                public interface RequestContext {
                    String param(String name);
                    String tenant();
                }
                """);
        project.write("src/main/java/com/acme/web/QueryValue.java", """
                package com.acme.web;
                public @interface QueryValue {
                }
                """);
        project.write("src/main/java/com/acme/orders/OrderQueries.java", """
                package com.acme.orders;
                import com.acme.web.QueryValue;
                import com.acme.web.RequestContext;
                import org.springframework.jdbc.core.JdbcTemplate;
                class OrderQueries {
                    private final JdbcTemplate jdbc;
                    OrderQueries(JdbcTemplate jdbc) { this.jdbc = jdbc; }
                    Object byStatus(RequestContext request) {
                        String status = request.param("status");
                        return jdbc.queryForList("SELECT id FROM orders WHERE status = '" + status + "'");
                    }
                    Object byTenant(RequestContext request) {
                        return jdbc.queryForList("SELECT id FROM orders WHERE tenant = '" + request.tenant() + "'");
                    }
                    Object byRegion(@QueryValue String region) {
                        return jdbc.queryForList("SELECT id FROM orders WHERE region = '" + region + "'");
                    }
                }
                """);
        assertEquals(List.of(), scan("sql-injection", ""), "without the option nothing is request data");
        assertEquals(List.of("src/main/java/com/acme/orders/OrderQueries.java:10 sql-injection",
                        "src/main/java/com/acme/orders/OrderQueries.java:16 sql-injection"),
                scan("sql-injection", """
                        options:
                          request-sources: [com.acme.web.RequestContext#param, "@com.acme.web.QueryValue"]
                        """));
    }

    @Test
    void singletonAnnotationsMakeAClassShared() {
        TempProject project = new TempProject(dir);
        project.write("src/main/java/com/acme/Shared.java", """
                package com.acme;
                public @interface Shared {
                }
                """);
        project.write("src/main/java/com/acme/Counter.java", """
                package com.acme;
                @Shared
                public class Counter {
                    private int hits;
                    public void hit() {
                        hits++;
                    }
                }
                """);
        project.write("src/main/java/com/acme/Pooled.java", """
                package com.acme;
                @Deprecated
                public class Pooled {
                    private int hits;
                    public void hit() {
                        hits++;
                    }
                }
                """);
        assertEquals(List.of(), scan("singleton-mutable-state", ""));
        assertEquals(List.of("src/main/java/com/acme/Counter.java:4 singleton-mutable-state"),
                scan("singleton-mutable-state", "options: {singleton-annotations: [\"@com.acme.Shared\"]}"));
    }

    @Test
    void nullableMethodsMayReturnNull() {
        TempProject project = new TempProject(dir);
        project.write("src/main/java/com/acme/cache/Cache.java", """
                package com.acme.cache;
                public interface Cache {
                    String lookup(String key);
                    String require(String key);
                }
                """);
        project.write("src/main/java/com/acme/Names.java", """
                package com.acme;
                import com.acme.cache.Cache;
                class Names {
                    int length(Cache cache, String key) {
                        String name = cache.lookup(key);
                        return name.length();
                    }
                    int checked(Cache cache, String key) {
                        String name = cache.lookup(key);
                        return name == null ? 0 : name.length();
                    }
                    int required(Cache cache, String key) {
                        return cache.require(key).length();
                    }
                }
                """);
        assertEquals(List.of(), scan("null-dereference", ""));
        assertEquals(List.of("src/main/java/com/acme/Names.java:6 null-dereference"),
                scan("null-dereference", "options: {nullable-methods: [com.acme.cache.Cache#lookup]}"));
    }

    @Test
    void secretNamesMakeAFieldOrPropertyNamedForThemHoldASecret() {
        TempProject project = new TempProject(dir);
        project.write("src/main/java/com/acme/Webhooks.java", """
                package com.acme;
                import org.springframework.beans.factory.annotation.Value;
                class Webhooks {
                    private static final String SIGNING_KEY = "k7Gq2Lx9Vb4Nz8Rt";
                    private static final String SIGNING_KEY_HEADER = "X-Signature";
                    private final String hmac = "c2lnbmluZy1rZXk";
                    @Value("${webhooks.signing-key:9fJ2kL8mQ4}")
                    private String configured;
                    private final String label = "k7Gq2Lx9Vb4Nz8Rt";
                }
                """);
        assertEquals(List.of(), scan("hardcoded-secret", ""), "without the option the names say nothing");
        assertEquals(List.of("src/main/java/com/acme/Webhooks.java:4 hardcoded-secret",
                        "src/main/java/com/acme/Webhooks.java:6 hardcoded-secret",
                        "src/main/java/com/acme/Webhooks.java:7 hardcoded-secret"),
                scan("hardcoded-secret", "options: {secret-names: [signingKey, hmac]}"));
    }
}
