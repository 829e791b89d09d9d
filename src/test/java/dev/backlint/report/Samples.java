package dev.backlint.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.backlint.api.Finding;
import dev.backlint.api.FlowStep;
import dev.backlint.api.Level;
import dev.backlint.api.Location;
import dev.backlint.api.Precision;
import dev.backlint.api.RelatedLocation;
import dev.backlint.api.SourceRange;
import dev.backlint.engine.Notification;
import dev.backlint.engine.RuleDescriptor;
import dev.backlint.engine.ScanResult;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.List;

/** Rules, findings and scan results for the renderer tests. */
final class Samples {

    static final Instant STARTED = Instant.parse("2025-03-04T05:06:07.890Z");
    static final Instant FINISHED = STARTED.plusMillis(1_250);

    /** A security rule: tag, CWE and a security severity. */
    static final RuleDescriptor SQL_INJECTION = new RuleDescriptor(
            "sql-injection", "SqlInjection", "SQL built from request data",
            "Building SQL text from request parameters lets a caller change the query.",
            "# sql-injection\n\nBuilding SQL text from request parameters lets a caller change the query.\n\n"
                    + "## How to fix\n\nPass values as bind parameters.\n",
            Level.ERROR, List.of("sql", "security", "external/cwe/cwe-89"), 89, 9.8, Precision.HIGH);

    /** A non-security rule at the default SARIF level. */
    static final RuleDescriptor SELECT_STAR = new RuleDescriptor(
            "select-star", "SelectStar", "Query selects every column",
            "SELECT * couples the code to the table's column order and fetches columns nobody reads.",
            "# select-star\n\nSELECT * couples the code to the table's column order.\n",
            Level.WARNING, List.of("sql", "maintainability"), 0, 0, Precision.VERY_HIGH);

    /** A non-security rule at level note. */
    static final RuleDescriptor WILDCARD_IMPORT = new RuleDescriptor(
            "wildcard-import", "WildcardImport", "Import on demand",
            "An import on demand hides where a type comes from.",
            "# wildcard-import\n\nAn import on demand hides where a type comes from.\n",
            Level.NOTE, List.of("style"), 0, 0, Precision.MEDIUM);

    static final List<RuleDescriptor> RULES = List.of(SELECT_STAR, SQL_INJECTION, WILDCARD_IMPORT);

    private static final ObjectMapper JSON = new ObjectMapper();

    private Samples() {
    }

    static Location at(String path, int line, int column, int endColumn) {
        return new Location(path, new SourceRange(line, column, line, endColumn));
    }

    static Finding finding(RuleDescriptor rule, Location location, String sourceLine, String message) {
        return new Finding(rule.id(), rule.level(), message, location, sourceLine, List.of(), List.of(), false);
    }

    static Finding selectStar(String path, int line) {
        return finding(SELECT_STAR, at(path, line, 22, 43), "        String sql = \"SELECT * FROM users\";",
                "Query selects every column with `*`; list the columns it reads.");
    }

    static Finding suppressed(Finding finding) {
        return new Finding(finding.ruleId(), finding.level(), finding.message(), finding.location(),
                finding.sourceLine(), finding.codeFlow(), finding.related(), true);
    }

    /** A taint finding with a three-step code flow and one related location. */
    static Finding injection() {
        String path = "src/main/java/com/example/UserDao.java";
        return new Finding(SQL_INJECTION.id(), Level.ERROR,
                "SQL built from the [request parameter](1) `id`; pass it as a bind parameter.",
                at(path, 42, 27, 51), "        jdbc.queryForList(\"SELECT name FROM users WHERE id=\" + id);",
                List.of(new FlowStep(at("src/main/java/com/example/UserController.java", 17, 30, 47),
                                "request parameter `id`"),
                        new FlowStep(at(path, 40, 25, 27), "passed as `id`"),
                        new FlowStep(at(path, 42, 27, 51), "concatenated into SQL")),
                List.of(new RelatedLocation(1, at("src/main/java/com/example/UserController.java", 17, 30, 47),
                        "request parameter")),
                false);
    }

    static ScanResult result(List<Finding> findings) {
        return result(RULES, findings, List.of());
    }

    static ScanResult result(List<RuleDescriptor> rules, List<Finding> findings, List<Notification> notifications) {
        return new ScanResult(rules, findings, notifications, 3, 0, 120, STARTED, FINISHED);
    }

    /** Parses XML output with the JDK's parser, DOCTYPEs refused. */
    static org.w3c.dom.Document parseXml(String xml) throws Exception {
        javax.xml.parsers.DocumentBuilderFactory factory = javax.xml.parsers.DocumentBuilderFactory.newInstance();
        factory.setFeature(javax.xml.XMLConstants.FEATURE_SECURE_PROCESSING, true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder().parse(new org.xml.sax.InputSource(new java.io.StringReader(xml)));
    }

    static JsonNode parse(String json) {
        try {
            return JSON.readTree(json);
        } catch (JsonProcessingException e) {
            throw new AssertionError("output is not JSON:\n" + json, e);
        }
    }

    static String render(Renderer renderer, ScanResult result) {
        StringWriter out = new StringWriter();
        try {
            renderer.render(result, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }
}
