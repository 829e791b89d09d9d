package dev.backlint;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.backlint.Fixtures.Expectation;
import dev.backlint.api.Finding;
import dev.backlint.api.SourceRange;
import dev.backlint.engine.Analyzer;
import dev.backlint.engine.Notification;
import dev.backlint.engine.ScanRequest;
import dev.backlint.engine.ScanResult;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Runs every rule over its fixture folder and compares its findings with the
 * {@code // expect: <id> ["fragment"]} comments: each expectation must be met by a finding
 * of its own (see {@link ExpectationMatching}), and every finding must meet one; the rules
 * other than the folder's are held to that only in the files that name them
 * ({@link #checkedFindings}). Each folder runs twice: with the libraries' jars on the
 * solver's classpath, and with none (the rules then read imports).
 */
class FixtureTest {

    /** A class of each library the rules know; their jars make the "libraries" mode. */
    private static final List<String> LIBRARY_CLASSES = List.of(
            "org.springframework.jdbc.core.JdbcTemplate",
            "org.springframework.web.bind.annotation.RestController",
            "org.springframework.data.jpa.repository.Query",
            "org.springframework.data.repository.CrudRepository",
            "org.springframework.stereotype.Component",
            "org.springframework.core.io.Resource",
            "jakarta.persistence.Entity",
            "jakarta.servlet.http.HttpServlet",
            "org.apache.ibatis.annotations.Select",
            "org.slf4j.Logger",
            "org.springframework.web.reactive.function.client.WebClient",
            "org.springframework.boot.web.client.RestTemplateBuilder",
            "reactor.netty.http.client.HttpClient",
            "reactor.core.publisher.Mono",
            "io.netty.channel.ChannelOption",
            "io.netty.handler.timeout.ReadTimeoutHandler",
            "org.apache.http.impl.client.HttpClients",
            "org.apache.http.HttpHost",
            "org.apache.hc.client5.http.impl.classic.HttpClients",
            "org.apache.hc.core5.util.Timeout",
            "okhttp3.OkHttpClient",
            "retrofit2.Retrofit");

    enum Mode { LIBRARIES, NO_LIBRARIES }

    static Stream<Arguments> folders() {
        List<Arguments> arguments = new ArrayList<>();
        for (Path folder : Fixtures.folders()) {
            for (Mode mode : Mode.values()) {
                arguments.add(Arguments.of(folder.getFileName().toString(), mode));
            }
        }
        return arguments.stream();
    }

    @ParameterizedTest(name = "{0} ({1})")
    @MethodSource("folders")
    void findingsMatchExpectations(String ruleId, Mode mode) {
        Path folder = Fixtures.root().resolve(ruleId);
        List<Expectation> expected = Fixtures.expectations(folder);
        Set<String> rules = new TreeSet<>();
        rules.add(ruleId);
        expected.forEach(e -> rules.add(e.ruleId()));

        ScanResult result = new Analyzer().analyze(ScanRequest.builder()
                .path(folder)
                .sourceRoot(folder)
                .enable(rules)
                .includeTests(true)
                .threads(2)
                .classpath(mode == Mode.LIBRARIES ? libraryJars() : List.of())
                .build());

        List<String> problems = new ArrayList<>();
        for (Notification notification : result.notifications()) {
            if (notification.kind() != Notification.Kind.ENCODING) {
                problems.add("notification: " + notification.uri() + ":" + notification.line() + " "
                        + notification.message());
            }
        }
        ExpectationMatching.Result match = ExpectationMatching.match(expected,
                checkedFindings(ruleId, expected, result.reported()));
        match.missing().forEach(e -> problems.add("missing: " + e));
        for (Finding finding : match.unexpected()) {
            SourceRange range = finding.location().range();
            problems.add("unexpected: " + finding.location().path() + ":" + range.startLine()
                    + (range.endLine() > range.startLine() ? "-" + range.endLine() : "")
                    + " " + finding.ruleId() + " (" + finding.message() + ")");
        }
        if (!problems.isEmpty()) {
            fail(ruleId + " (" + mode + "): " + problems.size() + " problem(s)\n  " + String.join("\n  ", problems));
        }
        assertTrue(result.filesScanned() > 0, "no fixture file was scanned in " + folder);
    }

    /**
     * The findings the expectations are compared with: every finding of the folder's rule,
     * and those of another rule only in the files that name that rule in an expectation. A
     * fixture that names a second rule (to show one rule superseding another, say) is held
     * to every finding of it, while the folder's other fixtures, negatives included, stay
     * about the folder's rule.
     */
    static List<Finding> checkedFindings(String ruleId, List<Expectation> expected, List<Finding> findings) {
        Set<String> named = new HashSet<>();
        expected.forEach(e -> named.add(e.file() + " " + e.ruleId()));
        return findings.stream()
                .filter(f -> f.ruleId().equals(ruleId) || named.contains(f.location().path() + " " + f.ruleId()))
                .toList();
    }

    static List<Path> libraryJars() {
        List<Path> jars = new ArrayList<>();
        for (String name : LIBRARY_CLASSES) {
            try {
                Class<?> type = Class.forName(name, false, FixtureTest.class.getClassLoader());
                Path jar = Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI());
                if (!jars.contains(jar)) {
                    jars.add(jar);
                }
            } catch (ClassNotFoundException | URISyntaxException e) {
                throw new IllegalStateException("test dependency missing for " + name, e);
            }
        }
        return jars;
    }
}
