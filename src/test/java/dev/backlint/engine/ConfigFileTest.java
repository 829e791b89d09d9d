package dev.backlint.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import dev.backlint.api.Level;
import dev.backlint.api.ModelOptions;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ConfigFileTest {

    private static final Path FILE = Path.of("conf/backlint.yml");
    private static final RuleRegistry RULES = RuleRegistry.standard();

    private static ConfigFile parse(String yaml) {
        return ConfigFile.parse(FILE, yaml, RULES);
    }

    private static List<String> problems(String yaml) {
        ConfigurationException e = assertThrows(ConfigurationException.class, () -> parse(yaml));
        return e.getMessage().lines().toList();
    }

    @Test
    void readsEverySetting() {
        ConfigFile config = parse("""
                # a comment
                enable: [sql-injection, select-star]
                disable:
                  - select-star
                levels:
                  select-star: error
                exclude: ["**/generated/**"]
                include:
                  - src/main/java/**
                include-tests: true
                fail-on: warning
                options:
                  sql-sinks: [com.acme.db.Sql#query]
                  request-sources: [com.acme.web.Ctx#param, "@com.acme.web.QueryValue"]
                  singleton-annotations: ["@com.acme.Shared", "@Pooled"]
                  nullable-methods: [com.acme.Cache#lookup]
                """);

        assertEquals(List.of("sql-injection", "select-star"), config.enable());
        assertEquals(List.of("select-star"), config.disable());
        assertEquals(Map.of("select-star", Level.ERROR), config.levels());
        assertEquals(List.of("**/generated/**"), config.excludes());
        assertEquals(List.of("src/main/java/**"), config.includes());
        assertEquals(Boolean.TRUE, config.includeTests());
        assertEquals("warning", config.failOn());
        ModelOptions options = config.options();
        assertEquals(List.of(new ModelOptions.Method("com.acme.db.Sql", "query")), options.sqlSinks());
        assertEquals(List.of(new ModelOptions.Method("com.acme.web.Ctx", "param")), options.requestSources());
        assertEquals(Set.of("QueryValue"), options.requestAnnotations());
        assertEquals(Set.of("Shared", "Pooled"), options.singletonAnnotations());
        assertEquals(List.of(new ModelOptions.Method("com.acme.Cache", "lookup")), options.nullableMethods());
    }

    @Test
    void whatTheFileLeavesOutIsUnset() {
        for (String yaml : List.of("", "# only a comment\n", "levels:\noptions:\nenable:\n")) {
            ConfigFile config = parse(yaml);
            assertNull(config.enable(), yaml);
            assertNull(config.excludes(), yaml);
            assertNull(config.includeTests(), yaml);
            assertNull(config.failOn(), yaml);
            assertEquals(Map.of(), config.levels(), yaml);
            assertTrue(config.options().isEmpty(), yaml);
        }
    }

    @Test
    void unknownKeysAndRuleIdsAreNamedWithLineAndColumn() {
        assertEquals(List.of(
                "conf/backlint.yml:1:25: unknown rule id 'sql-injektion' (see 'backlint rules' for the list)",
                "conf/backlint.yml:3:3: unknown rule id 'sql-inj' (see 'backlint rules' for the list)",
                "conf/backlint.yml:4:1: unknown key 'exclud' (known keys: enable, disable, levels, exclude, include,"
                        + " include-tests, fail-on, options)",
                "conf/backlint.yml:6:3: unknown key 'nulable-methods' (known keys: sql-sinks, request-sources,"
                        + " singleton-annotations, nullable-methods, secret-names)"),
                problems("""
                        enable: [sql-injection, sql-injektion]
                        levels:
                          sql-inj: note
                        exclud: [x]
                        options:
                          nulable-methods: []
                        """));
    }

    @Test
    void badValuesAreNamedWithLineAndColumn() {
        assertEquals(List.of(
                "conf/backlint.yml:1:10: 'warnings' is not one of error, warning, note, none",
                "conf/backlint.yml:2:16: 'yes' where true or false is expected",
                "conf/backlint.yml:3:9: 'sql-injection' where a list is expected",
                "conf/backlint.yml:5:16: 'severe' is not one of note, warning, error",
                "conf/backlint.yml:7:26: 'query' is not a method, com.acme.Type#method",
                "conf/backlint.yml:8:27: 'Shared' is not an annotation, @com.acme.Name",
                "conf/backlint.yml:9:21: the list repeats an entry"),
                problems("""
                        fail-on: warnings
                        include-tests: yes
                        enable: sql-injection
                        levels:
                          select-star: severe
                        options:
                          sql-sinks: [a.B#query, query]
                          singleton-annotations: [Shared]
                          nullable-methods: [a.B#c, a.B#c]
                        """));
    }

    @Test
    void yamlErrorsAndRepeatedKeysAreNamedWithLineAndColumn() {
        List<String> unclosed = problems("enable: [sql-injection\n");
        assertEquals(1, unclosed.size(), unclosed.toString());
        assertTrue(unclosed.get(0).startsWith("conf/backlint.yml:1:23: not valid YAML: while parsing a flow sequence"),
                unclosed.toString());

        assertEquals(List.of("conf/backlint.yml:2:1: the key 'enable' appears twice"),
                problems("enable: []\nenable: [select-star]\n"));
        assertEquals(List.of("conf/backlint.yml:1:1: a list where a mapping of keys to values is expected"),
                problems("- enable\n"));
    }

    @Test
    void theSchemaIsAValidDraft202012SchemaAndDescribesEveryKey() {
        JsonNode schema = ConfigSchema.of(RULES);
        JsonNode metaSchema = new com.fasterxml.jackson.databind.ObjectMapper().createObjectNode()
                .put("$ref", "https://json-schema.org/draft/2020-12/schema");
        var errors = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
                .getSchema(metaSchema).validate(schema);
        assertEquals(List.of(), errors);

        List<String> undescribed = new ArrayList<>();
        schema.path("properties").fields().forEachRemaining(section -> {
            if (!section.getValue().has("description")) {
                undescribed.add(section.getKey());
            }
            section.getValue().path("properties").fields().forEachRemaining(key -> {
                if (!key.getValue().has("description")) {
                    undescribed.add(section.getKey() + "." + key.getKey());
                }
            });
        });
        assertEquals(List.of(), undescribed, "editors show these descriptions");
        assertEquals(RULES.ids().size(), schema.path("properties").path("levels").path("properties").size());
    }
}
