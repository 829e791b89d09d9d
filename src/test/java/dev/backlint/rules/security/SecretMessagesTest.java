package dev.backlint.rules.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.backlint.Fixtures;
import dev.backlint.api.Finding;
import dev.backlint.engine.Analyzer;
import dev.backlint.engine.RuleRegistry;
import dev.backlint.engine.ScanResult;
import dev.backlint.engine.TempProject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * hardcoded-secret never prints a secret (at most its first two characters), and stays
 * quiet in test sources even when they are scanned.
 */
class SecretMessagesTest {

    private static final Pattern LITERAL = Pattern.compile("\"([^\"]{3,})\"");
    /** Any run of this many characters of a secret in a message shows too much of it. */
    private static final int WINDOW = 5;

    @TempDir
    Path dir;

    @Test
    void noMessageHoldsMoreThanTheFirstTwoCharactersOfTheLiteralItReports() throws Exception {
        Path folder = Fixtures.root().resolve("hardcoded-secret");
        ScanResult result = new Analyzer(RuleRegistry.standard()).analyze(new TempProject(folder).request()
                .enable(Set.of("hardcoded-secret")).build());
        List<Finding> findings = result.findings().stream().filter(f -> f.ruleId().equals("hardcoded-secret")).toList();
        assertTrue(findings.size() >= 20, "findings: " + findings.size());
        for (Finding finding : findings) {
            Path file = folder.resolve(finding.location().path());
            var range = finding.location().range();
            String line = Files.readAllLines(file).get(range.startLine() - 1);
            String reported = range.endLine() == range.startLine()
                    ? line.substring(range.startColumn() - 1, range.endColumn() - 1) : line.substring(range.startColumn() - 1);
            Matcher literal = LITERAL.matcher(reported);
            while (literal.find()) {
                String secret = literal.group(1);
                if (secret.startsWith("${") && secret.indexOf(':') > 0) { // @Value("${key:default}"): the default
                    secret = secret.substring(secret.indexOf(':') + 1, secret.length() - 1);
                }
                if (secret.chars().noneMatch(Character::isDigit) && secret.length() < 10) {
                    continue; // a short word ("secret", "password") is also the prose's or the field's name
                }
                for (int i = 0; i + WINDOW <= secret.length(); i++) {
                    assertFalse(finding.message().contains(secret.substring(i, i + WINDOW)),
                            finding.location() + " shows part of " + secret + ": " + finding.message());
                }
            }
        }
    }

    @Test
    void testSourcesAreQuietEvenWhenIncluded() {
        TempProject project = new TempProject(dir);
        String code = """
                package app;
                import io.jsonwebtoken.security.Keys;
                class Tokens {
                    static final String JWT_SECRET = "c2VjcmV0LWtleS1mb3ItdGVzdHMtb25seS0xMjM0NTY3OA";
                    Object key() { return Keys.hmacShaKeyFor("another-literal-key-0123456789abcdef".getBytes()); }
                }
                """;
        project.write("src/main/java/app/Tokens.java", code);
        project.write("src/test/java/app/TokensTest.java", code.replace("class Tokens", "class TokensTest"));

        List<String> found = new Analyzer(RuleRegistry.standard()).analyze(project.request()
                        .enable(Set.of("hardcoded-secret")).includeTests(true).build())
                .findings().stream().map(f -> f.location().path() + ":" + f.location().range().startLine()).toList();

        assertEquals(List.of("src/main/java/app/Tokens.java:4", "src/main/java/app/Tokens.java:5"), found);
    }
}
