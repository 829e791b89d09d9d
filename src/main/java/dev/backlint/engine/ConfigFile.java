package dev.backlint.engine;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import dev.backlint.api.Level;
import dev.backlint.api.ModelOptions;
import java.io.IOException;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * A project's {@code backlint.yml}: read with Jackson's YAML module, validated against
 * {@link ConfigSchema}, and turned into settings the command line and the Maven plugin
 * lay their own options over. Every setting the file leaves out is {@code null} here, so
 * that a caller can tell "not set" from a value.
 *
 * @param file         where it was read from
 * @param enable       rules to run only, or {@code null}
 * @param disable      rules not to run, or {@code null}
 * @param levels       per-rule levels (empty when none)
 * @param excludes     globs of paths to skip, or {@code null}
 * @param includes     globs of the only paths to scan, or {@code null}
 * @param includeTests whether test sources are checked, or {@code null}
 * @param failOn       {@code error}, {@code warning}, {@code note} or {@code none}, or {@code null}
 * @param options      what the project adds to the library models
 */
public record ConfigFile(Path file, List<String> enable, List<String> disable, Map<String, Level> levels,
                         List<String> excludes, List<String> includes, Boolean includeTests, String failOn,
                         ModelOptions options) {

    /** The file name looked for in the scanned directory and the source root. */
    public static final String NAME = "backlint.yml";

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    /** No configuration file: every setting unset. */
    public static ConfigFile none() {
        return new ConfigFile(null, null, null, Map.of(), null, null, null, null, ModelOptions.NONE);
    }

    /**
     * A request with this file's settings under the caller's (the command line's or the
     * Maven plugin's): a list the caller gives replaces the file's list, a flag it gives
     * replaces the file's; the caller sets its own levels after these, rule by rule.
     */
    public ScanRequest.Builder request(List<String> enable, List<String> disable, List<String> excludes,
                                       List<String> includes, Boolean includeTests) {
        ScanRequest.Builder builder = ScanRequest.builder()
                .excludes(either(excludes, this.excludes))
                .includes(either(includes, this.includes))
                .enable(new LinkedHashSet<>(trimmed(either(enable, this.enable))))
                .disable(new LinkedHashSet<>(trimmed(either(disable, this.disable))))
                .includeTests(testsIncluded(includeTests))
                .options(options);
        levels.forEach(builder::level);
        return builder;
    }

    /** Whether test sources are checked: the caller's flag when it gives one, else the file's. */
    public boolean testsIncluded(Boolean given) {
        return given != null ? given : Boolean.TRUE.equals(includeTests);
    }

    /** The caller's list when it gives one, else the file's. */
    private static List<String> either(List<String> given, List<String> fromFile) {
        return !given.isEmpty() || fromFile == null ? given : fromFile;
    }

    private static List<String> trimmed(List<String> ids) {
        return ids.stream().map(String::trim).filter(id -> !id.isEmpty()).toList();
    }

    /**
     * The configuration that applies to a scan of {@code paths}: {@value #NAME} in the one
     * directory scanned, else in the source root.
     */
    public static Optional<Path> find(List<Path> paths, Path sourceRoot) {
        List<Path> candidates = new ArrayList<>();
        if (paths.size() == 1 && Files.isDirectory(paths.get(0))) {
            candidates.add(paths.get(0).resolve(NAME));
        }
        if (sourceRoot != null) {
            candidates.add(sourceRoot.resolve(NAME));
        }
        return candidates.stream().filter(Files::isRegularFile).findFirst();
    }

    /**
     * Reads and validates {@code file}.
     *
     * @throws ConfigurationException naming the file, line and column of each problem
     */
    public static ConfigFile read(Path file, RuleRegistry registry) {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (MalformedInputException e) {
            throw new ConfigurationException(file + ": not UTF-8 text");
        } catch (IOException e) {
            throw new ConfigurationException("cannot read the configuration " + file + ": " + e.getMessage());
        }
        return parse(file, text, registry);
    }

    /** Reads {@code text} as the contents of {@code file}. */
    static ConfigFile parse(Path file, String text, RuleRegistry registry) {
        ObjectNode schemaTree = ConfigSchema.of(registry);
        Tree tree = new Tree(file, schemaTree);
        JsonNode root = tree.read(text);
        List<Problem> problems = new ArrayList<>();
        Schema schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(schemaTree);
        for (Error error : schema.validate(root)) {
            problems.add(tree.describe(error));
        }
        if (!problems.isEmpty()) {
            problems.sort(Comparator.comparingInt(Problem::line).thenComparingInt(Problem::column));
            StringBuilder message = new StringBuilder();
            Set<String> seen = new LinkedHashSet<>();
            for (Problem problem : problems) {
                seen.add(file + ":" + problem.line() + ":" + problem.column() + ": " + problem.message());
            }
            message.append(String.join(System.lineSeparator(), seen));
            throw new ConfigurationException(message.toString());
        }
        return of(file, root);
    }

    private static ConfigFile of(Path file, JsonNode root) {
        Map<String, Level> levels = new TreeMap<>();
        root.path("levels").fields().forEachRemaining(entry -> levels.put(entry.getKey(),
                Level.parse(entry.getValue().asText())));
        JsonNode options = root.path("options");
        List<ModelOptions.Method> sources = new ArrayList<>();
        Set<String> annotations = new LinkedHashSet<>();
        for (String source : strings(options.get("request-sources"), List.of())) {
            if (source.startsWith("@")) {
                annotations.add(simpleName(source));
            } else {
                sources.add(ModelOptions.Method.parse(source));
            }
        }
        ModelOptions models = new ModelOptions(
                methods(options.get("sql-sinks")), sources, annotations,
                new LinkedHashSet<>(strings(options.get("singleton-annotations"), List.of()).stream()
                        .map(ConfigFile::simpleName).toList()),
                methods(options.get("nullable-methods")),
                new LinkedHashSet<>(strings(options.get("secret-names"), List.of()).stream()
                        .map(word -> word.toLowerCase(java.util.Locale.ROOT).replace("_", "").replace("-", "")).toList()));
        return new ConfigFile(file, strings(root.get("enable"), null), strings(root.get("disable"), null), levels,
                strings(root.get("exclude"), null), strings(root.get("include"), null),
                root.has("include-tests") ? root.get("include-tests").asBoolean() : null,
                root.has("fail-on") ? root.get("fail-on").asText() : null, models);
    }

    private static List<String> strings(JsonNode list, List<String> absent) {
        if (list == null || list.isNull()) {
            return absent;
        }
        List<String> values = new ArrayList<>();
        list.forEach(value -> values.add(value.asText()));
        return values;
    }

    private static List<ModelOptions.Method> methods(JsonNode list) {
        return strings(list, List.of()).stream().map(ModelOptions.Method::parse).toList();
    }

    private static String simpleName(String annotation) {
        return annotation.substring(annotation.lastIndexOf('.') + 1).replace("@", "");
    }

    private record Problem(int line, int column, String message) {
    }

    /**
     * The YAML document as a JSON tree, with where each key and value starts, so that a
     * schema error names the place in the file.
     */
    private static final class Tree {
        private final Path file;
        private final JsonNode schema;
        private final Map<List<Object>, JsonLocation> values = new HashMap<>();
        private final Map<List<Object>, JsonLocation> keys = new HashMap<>();

        Tree(Path file, JsonNode schema) {
            this.file = file;
            this.schema = schema;
        }

        JsonNode read(String text) {
            try (JsonParser parser = YAMLFactory.builder()
                    // "key:" with nothing after it is empty, not ""; yes, no, on and off are words, not booleans
                    .enable(YAMLParser.Feature.EMPTY_STRING_AS_NULL)
                    .enable(YAMLParser.Feature.PARSE_BOOLEAN_LIKE_WORDS_AS_STRINGS)
                    .build().createParser(text)) {
                if (parser.nextToken() == null) {
                    return JSON.objectNode();
                }
                JsonNode root = value(parser, List.of());
                if (parser.nextToken() != null) {
                    JsonLocation at = parser.currentTokenLocation();
                    throw new ConfigurationException(file + ":" + at.getLineNr() + ":" + at.getColumnNr()
                            + ": one YAML document expected, found another");
                }
                return root.isNull() ? JSON.objectNode() : root;
            } catch (JsonProcessingException e) {
                JsonLocation at = e.getLocation();
                String where = at == null ? file.toString() : file + ":" + at.getLineNr() + ":" + at.getColumnNr();
                // the YAML parser's message: what it was doing, then what it found, each followed by an excerpt
                String reason = String.join(", ", e.getOriginalMessage().lines()
                        .filter(line -> !line.isBlank() && !Character.isWhitespace(line.charAt(0)))
                        .map(String::strip).toList());
                throw new ConfigurationException(where + ": not valid YAML: " + reason);
            } catch (IOException e) {
                throw new ConfigurationException("cannot read the configuration " + file + ": " + e.getMessage());
            }
        }

        private JsonNode value(JsonParser parser, List<Object> path) throws IOException {
            values.put(path, parser.currentTokenLocation());
            JsonToken token = parser.currentToken();
            switch (token) {
                case START_OBJECT -> {
                    ObjectNode object = JSON.objectNode();
                    while (parser.nextToken() == JsonToken.FIELD_NAME) {
                        String name = parser.currentName();
                        List<Object> at = append(path, name);
                        JsonLocation keyAt = parser.currentTokenLocation();
                        if (object.has(name)) {
                            throw new ConfigurationException(file + ":" + keyAt.getLineNr() + ":"
                                    + keyAt.getColumnNr() + ": the key '" + name + "' appears twice");
                        }
                        keys.put(at, keyAt);
                        parser.nextToken();
                        object.set(name, value(parser, at));
                    }
                    return object;
                }
                case START_ARRAY -> {
                    ArrayNode array = JSON.arrayNode();
                    while (parser.nextToken() != JsonToken.END_ARRAY) {
                        array.add(value(parser, append(path, array.size())));
                    }
                    return array;
                }
                case VALUE_STRING -> {
                    return JSON.textNode(parser.getText());
                }
                case VALUE_TRUE, VALUE_FALSE -> {
                    return JSON.booleanNode(token == JsonToken.VALUE_TRUE);
                }
                case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> {
                    return JSON.numberNode(parser.getDecimalValue());
                }
                case VALUE_NULL -> {
                    return JSON.nullNode();
                }
                default -> {
                    return JSON.textNode(parser.getText());
                }
            }
        }

        private static List<Object> append(List<Object> path, Object element) {
            List<Object> longer = new ArrayList<>(path);
            longer.add(element);
            return List.copyOf(longer);
        }

        Problem describe(Error error) {
            List<Object> path = new ArrayList<>();
            var instance = error.getInstanceLocation();
            for (int i = 0; i < instance.getNameCount(); i++) {
                path.add(instance.getElement(i));
            }
            String section = path.isEmpty() ? "" : String.valueOf(path.get(0));
            JsonNode value = error.getInstanceNode();
            String keyword = error.getKeyword() == null ? "" : error.getKeyword();
            switch (keyword) {
                case "additionalProperties" -> {
                    String name = error.getProperty();
                    JsonLocation at = keys.getOrDefault(append(List.copyOf(path), name), values.get(path));
                    String message = section.equals("levels") && path.size() == 1
                            ? "unknown rule id '" + name + "' (see 'backlint rules' for the list)"
                            : "unknown key '" + name + "'" + known(path);
                    return problem(at, message);
                }
                case "enum" -> {
                    if ((section.equals("enable") || section.equals("disable")) && path.size() == 2) {
                        return problem(values.get(path), "unknown rule id '" + value.asText()
                                + "' (see 'backlint rules' for the list)");
                    }
                    List<String> allowed = new ArrayList<>();
                    error.getSchemaNode().forEach(option -> allowed.add(option.asText()));
                    return problem(values.get(path), describe(value) + " is not one of " + String.join(", ", allowed));
                }
                case "pattern" -> {
                    String form = switch (String.valueOf(path.size() > 1 ? path.get(1) : "")) {
                        case "singleton-annotations" -> "an annotation, @com.acme.Name";
                        case "request-sources" -> "a method, com.acme.Type#method, or an annotation, @com.acme.Name";
                        default -> "a method, com.acme.Type#method";
                    };
                    return problem(values.get(path), describe(value) + " is not " + form);
                }
                case "type" -> {
                    JsonNode types = error.getSchemaNode();
                    String expected = types.isArray() ? types.get(0).asText() : types.asText();
                    return problem(values.get(path), describe(value) + " where " + article(expected)
                            + " is expected");
                }
                case "uniqueItems" -> {
                    return problem(values.get(path), "the list repeats an entry");
                }
                case "minLength" -> {
                    return problem(values.get(path), "an empty entry");
                }
                default -> {
                    return problem(values.get(path), error.getMessage());
                }
            }
        }

        /** The keys the schema knows where {@code path} is, as a hint after an unknown one. */
        private String known(List<Object> path) {
            JsonNode node = schema;
            for (Object element : path) {
                node = node.path("properties").path(String.valueOf(element));
            }
            List<String> names = new ArrayList<>();
            node.path("properties").fieldNames().forEachRemaining(names::add);
            return names.isEmpty() ? "" : " (known keys: " + String.join(", ", names) + ")";
        }

        private static String article(String type) {
            return switch (type) {
                case "array" -> "a list";
                case "object" -> "a mapping of keys to values";
                case "boolean" -> "true or false";
                case "string" -> "a string";
                default -> type;
            };
        }

        private static String describe(JsonNode value) {
            if (value == null || value.isNull()) {
                return "an empty value";
            }
            if (value.isTextual()) {
                return "'" + value.asText() + "'";
            }
            if (value.isArray()) {
                return "a list";
            }
            if (value.isObject()) {
                return "a mapping";
            }
            return value.toString();
        }

        private Problem problem(JsonLocation at, String message) {
            if (at == null) {
                return new Problem(1, 1, message);
            }
            return new Problem(at.getLineNr(), at.getColumnNr(), message);
        }
    }
}
