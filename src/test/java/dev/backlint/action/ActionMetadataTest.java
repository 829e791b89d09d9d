package dev.backlint.action;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The repository's GitHub Action: its metadata, the scripts it runs, and its documentation. */
class ActionMetadataTest {

    private static final Path ROOT = Path.of(System.getProperty("backlint.root", ".."));
    private static final Pattern SCRIPT = Pattern.compile("\\$ACTION_PATH/([\\w./-]+\\.sh)");

    private static JsonNode action() throws IOException {
        return new ObjectMapper(new YAMLFactory()).readTree(ROOT.resolve("action.yml").toFile());
    }

    /** A schema of the test resources' {@code schemas} folder, ready to validate. */
    private static com.networknt.schema.Schema schema(String name) throws IOException {
        try (InputStream in = ActionMetadataTest.class.getResourceAsStream("/schemas/" + name)) {
            return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_7).getSchema(new ObjectMapper().readTree(in));
        }
    }

    @Test
    void theMetadataFollowsTheActionMetadataSchema() throws IOException {
        var errors = schema("github-action.schema.json").validate(action());

        assertEquals(List.of(), errors);
        assertEquals("composite", action().path("runs").path("using").asText());
    }

    @Test
    void theSchemaRejectsWhatGitHubRejects() throws IOException {
        var validator = schema("github-action.schema.json");
        JsonNode broken = action().deepCopy();
        ((com.fasterxml.jackson.databind.node.ObjectNode) broken.get("runs").get("steps").get(1)).remove("shell");

        assertTrue(!validator.validate(broken).isEmpty(), "a composite run step without a shell is invalid");
    }

    @Test
    void theWorkflowsFollowTheWorkflowSchema() throws IOException {
        var validator = schema("github-workflow.schema.json");
        List<Path> workflows;
        try (var files = Files.list(ROOT.resolve(".github/workflows"))) {
            workflows = files.filter(file -> file.toString().endsWith(".yml")).sorted().toList();
        }

        assertTrue(workflows.stream().anyMatch(file -> file.endsWith("release.yml")), "the release workflow");
        for (Path workflow : workflows) {
            JsonNode document = new ObjectMapper(new YAMLFactory()).readTree(workflow.toFile());
            assertEquals(List.of(), validator.validate(document), workflow.toString());
            JsonNode broken = document.deepCopy();
            ((com.fasterxml.jackson.databind.node.ObjectNode) broken).remove("jobs");
            assertTrue(!validator.validate(broken).isEmpty(), "a workflow without jobs is invalid");
        }
    }

    @Test
    void theReleaseAttachesTheJarTheActionDownloads() throws IOException {
        String release = Files.readString(ROOT.resolve(".github/workflows/release.yml"));
        String download = Files.readString(ROOT.resolve(".github/action/backlint-jar.sh"));
        Matcher name = Pattern.compile("/v\\$version/(backlint-\\$version\\.jar)\"").matcher(download);

        assertTrue(name.find(), "the action downloads a release asset");
        String asset = name.group(1).replace("$version", "$VERSION");
        assertTrue(release.contains("gh release create") && release.contains("target/github-release/" + asset + "\n"),
                "the release attaches " + asset);
    }

    @Test
    void everyInputIsUsedAndEveryOutputComesFromAStep() throws IOException {
        JsonNode action = action();
        String runs = action.path("runs").toString();
        List<String> unused = new ArrayList<>();
        action.path("inputs").fieldNames().forEachRemaining(input -> {
            if (!runs.contains("inputs." + input)) {
                unused.add(input);
            }
        });
        assertEquals(List.of(), unused, "inputs the steps never read");

        List<String> ids = new ArrayList<>();
        action.path("runs").path("steps").forEach(step -> ids.add(step.path("id").asText()));
        action.path("outputs").fields().forEachRemaining(output -> {
            Matcher step = Pattern.compile("steps\\.([\\w-]+)\\.outputs").matcher(output.getValue().path("value").asText());
            assertTrue(step.find() && ids.contains(step.group(1)), output.getKey() + " names no step of the action");
        });
    }

    @Test
    void theScriptsItRunsExistAndAreExecutable() throws IOException {
        Matcher scripts = SCRIPT.matcher(Files.readString(ROOT.resolve("action.yml")));
        int found = 0;
        while (scripts.find()) {
            Path script = ROOT.resolve(scripts.group(1));
            assertTrue(Files.isExecutable(script), script + " is missing or not executable");
            found++;
        }
        assertEquals(2, found, "the jar step and the scan step");
    }

    @Test
    void theDocumentationNamesEveryInputAndOutput() throws IOException {
        String docs = Files.readString(ROOT.resolve("docs/github-code-scanning.md"));
        JsonNode action = action();
        List<String> missing = new ArrayList<>();
        action.path("inputs").fieldNames().forEachRemaining(name -> {
            if (!docs.contains("`" + name + "`")) {
                missing.add("input " + name);
            }
        });
        action.path("outputs").fieldNames().forEachRemaining(name -> {
            if (!docs.contains("`" + name + "`")) {
                missing.add("output " + name);
            }
        });
        assertEquals(List.of(), missing);
    }
}
