package dev.backlint.report;

import dev.backlint.api.Finding;
import dev.backlint.engine.Notification;
import dev.backlint.engine.RuleDescriptor;
import dev.backlint.engine.ScanResult;
import java.io.IOException;
import java.io.Writer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * JUnit's XML report, which CI test reporters read (Jenkins, GitLab, the GitHub test
 * report actions): a {@code <testsuite>} per rule that ran, a failing {@code <testcase>}
 * per unsuppressed finding of it ({@code classname} the rule, {@code name} the file and
 * line, the {@code <failure>} holding the message, the level and the source line), and
 * one passing test case for a rule without findings. Files that could not be read or
 * parsed are errors of a suite named {@code backlint}. Text from scanned code is escaped.
 */
public final class JunitRenderer implements Renderer {

    @Override
    public void render(ScanResult result, Writer out) throws IOException {
        Map<String, List<Finding>> byRule = new LinkedHashMap<>();
        result.rules().stream().map(RuleDescriptor::id).sorted().forEach(id -> byRule.put(id, new ArrayList<>()));
        for (Finding finding : result.reported().stream().sorted().toList()) {
            byRule.computeIfAbsent(finding.ruleId(), k -> new ArrayList<>()).add(finding);
        }
        List<Notification> problems = result.notifications().stream().filter(n -> n.uri() != null).sorted().toList();
        long failures = result.reported().size();
        String seconds = String.format(Locale.ROOT, "%.3f",
                Duration.between(result.started(), result.finished()).toMillis() / 1000.0);
        int tests = byRule.values().stream().mapToInt(f -> Math.max(1, f.size())).sum() + problems.size();
        out.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<testsuites name=\"backlint\" tests=\"" + tests
                + "\" failures=\"" + failures + "\" errors=\"" + problems.size() + "\" time=\"" + seconds + "\">\n");
        for (Map.Entry<String, List<Finding>> rule : byRule.entrySet()) {
            String id = CheckstyleRenderer.escape(rule.getKey());
            List<Finding> findings = rule.getValue();
            out.write("  <testsuite name=\"" + id + "\" tests=\"" + Math.max(1, findings.size()) + "\" failures=\""
                    + findings.size() + "\" errors=\"0\" skipped=\"0\">\n");
            if (findings.isEmpty()) {
                out.write("    <testcase classname=\"" + id + "\" name=\"no findings\"/>\n");
            }
            for (Finding finding : findings) {
                String where = finding.location().path() + ":" + finding.location().range().startLine();
                out.write("    <testcase classname=\"" + id + "\" name=\"" + CheckstyleRenderer.escape(where) + "\">\n"
                        + "      <failure message=\"" + CheckstyleRenderer.escape(finding.message()) + "\" type=\""
                        + finding.level().id() + "\">" + CheckstyleRenderer.escape(where + ":"
                        + finding.location().range().startColumn() + " " + finding.message() + "\n"
                        + finding.sourceLine().strip()) + "</failure>\n"
                        + "    </testcase>\n");
            }
            out.write("  </testsuite>\n");
        }
        if (!problems.isEmpty()) {
            out.write("  <testsuite name=\"backlint\" tests=\"" + problems.size() + "\" failures=\"0\" errors=\""
                    + problems.size() + "\" skipped=\"0\">\n");
            for (Notification problem : problems) {
                out.write("    <testcase classname=\"backlint\" name=\"" + CheckstyleRenderer.escape(problem.uri()) + "\">\n"
                        + "      <error message=\"" + CheckstyleRenderer.escape(problem.message()) + "\" type=\""
                        + problem.kind().name().toLowerCase(Locale.ROOT) + "\"/>\n    </testcase>\n");
            }
            out.write("  </testsuite>\n");
        }
        out.write("</testsuites>\n");
        out.flush();
    }
}
