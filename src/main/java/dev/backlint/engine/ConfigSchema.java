package dev.backlint.engine;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.backlint.api.Level;
import dev.backlint.api.Rule;
import java.util.List;
import java.util.Locale;

/**
 * The JSON Schema (draft 2020-12) of {@code backlint.yml}, made from the rules of a
 * registry so that rule ids are checked and completed by editors. {@link ConfigFile}
 * validates every configuration against it; {@code backlint config --schema} prints it.
 */
public final class ConfigSchema {

    /** A qualified type name, then {@code #} and a method name. */
    static final String METHOD_PATTERN = "^[A-Za-z_$][A-Za-z0-9_$]*(\\.[A-Za-z_$][A-Za-z0-9_$]*)*#[A-Za-z_$][A-Za-z0-9_$]*$";
    /** An annotation, simple or qualified, with its {@code @}. */
    static final String ANNOTATION_PATTERN = "^@[A-Za-z_$][A-Za-z0-9_$]*(\\.[A-Za-z_$][A-Za-z0-9_$]*)*$";

    /** The values of {@code fail-on}. */
    public static final List<String> FAIL_ON = List.of("error", "warning", "note", "none");

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private ConfigSchema() {
    }

    /** The schema for a configuration of the rules of {@code registry}. */
    public static ObjectNode of(RuleRegistry registry) {
        ObjectNode schema = JSON.objectNode();
        schema.put("$schema", "https://json-schema.org/draft/2020-12/schema");
        schema.put("title", "backlint configuration (backlint.yml)");
        schema.put("description", "What backlint scans, which rules run at which level, when a scan fails,"
                + " and what the project adds to backlint's knowledge of libraries.");
        schema.put("type", "object");
        schema.put("additionalProperties", false);
        ObjectNode properties = schema.putObject("properties");

        ArrayNode ids = JSON.arrayNode();
        registry.all().forEach(rule -> ids.add(rule.info().id()));
        properties.set("enable", ruleList(ids, "Run only these rules (default: every rule that is not opt-in)."
                + " --enable replaces this list."));
        properties.set("disable", ruleList(ids, "Do not run these rules. --disable replaces this list."));

        ObjectNode levels = properties.putObject("levels");
        levels.put("description", "Report a rule at another level. --level overrides it rule by rule.");
        levels.set("type", nullable("object"));
        levels.put("additionalProperties", false);
        ObjectNode levelProperties = levels.putObject("properties");
        for (Rule rule : registry.all()) {
            ObjectNode level = levelProperties.putObject(rule.info().id());
            level.put("description", rule.info().summary() + " (default: "
                    + rule.info().level().name().toLowerCase(Locale.ROOT) + ")");
            ArrayNode values = level.putArray("enum");
            for (Level value : Level.values()) {
                values.add(value.name().toLowerCase(Locale.ROOT));
            }
        }

        properties.set("exclude", globs("Skip files and directories whose path matches one of these globs"
                + " (relative to the scanned directory or the source root). --exclude replaces this list."));
        properties.set("include", globs("Scan only files whose path matches one of these globs (default: every"
                + " Java file and MyBatis mapper). --include replaces this list."));
        ObjectNode tests = properties.putObject("include-tests");
        tests.put("description", "Check test sources (src/test/** and the like) too. Default: false.");
        tests.put("type", "boolean");
        ObjectNode failOn = properties.putObject("fail-on");
        failOn.put("description", "Exit 1 when a finding is at this level or above. Default: error.");
        ArrayNode failValues = failOn.putArray("enum");
        FAIL_ON.forEach(failValues::add);

        ObjectNode options = properties.putObject("options");
        options.put("description", "What the project adds to backlint's knowledge of libraries.");
        options.set("type", nullable("object"));
        options.put("additionalProperties", false);
        ObjectNode optionProperties = options.putObject("properties");
        optionProperties.set("sql-sinks", strings(METHOD_PATTERN, "Methods whose first argument is SQL text that"
                + " they run, written com.acme.db.Sql#query; read by sql-injection and sql-concatenation."));
        optionProperties.set("request-sources", strings("(" + METHOD_PATTERN + ")|(" + ANNOTATION_PATTERN + ")",
                "Methods whose result is data of the HTTP request (com.acme.web.RequestContext#param), or"
                        + " parameter annotations that bind it (@com.acme.web.QueryValue); read by sql-injection."));
        optionProperties.set("singleton-annotations", strings(ANNOTATION_PATTERN, "Class annotations that make a"
                + " class one instance shared by every request (@com.acme.Service); read by"
                + " singleton-mutable-state."));
        optionProperties.set("nullable-methods", strings(METHOD_PATTERN, "Methods that may return null, written"
                + " com.acme.cache.Cache#lookup; read by null-dereference."));
        optionProperties.set("secret-names", strings("^[A-Za-z][A-Za-z0-9_-]*$", "Words that, in the name of a"
                + " field, a constant or an @Value property, say it holds a secret (signingKey, hmac, pin), besides"
                + " secret, password, token, credential and apiKey; read by hardcoded-secret."));
        return schema;
    }

    /** A section or list written with nothing after its key, read as empty. */
    private static ArrayNode nullable(String type) {
        return JSON.arrayNode().add(type).add("null");
    }

    private static ObjectNode ruleList(ArrayNode ids, String description) {
        ObjectNode list = JSON.objectNode();
        list.put("description", description);
        list.set("type", nullable("array"));
        list.put("uniqueItems", true);
        list.putObject("items").set("enum", ids.deepCopy());
        return list;
    }

    private static ObjectNode globs(String description) {
        ObjectNode list = JSON.objectNode();
        list.put("description", description);
        list.set("type", nullable("array"));
        ObjectNode item = list.putObject("items");
        item.put("type", "string");
        item.put("minLength", 1);
        return list;
    }

    private static ObjectNode strings(String pattern, String description) {
        ObjectNode list = JSON.objectNode();
        list.put("description", description);
        list.set("type", nullable("array"));
        list.put("uniqueItems", true);
        ObjectNode item = list.putObject("items");
        item.put("type", "string");
        item.put("pattern", pattern);
        return list;
    }
}
