package dev.backlint.report;

import dev.backlint.api.Finding;
import dev.backlint.api.FlowStep;
import dev.backlint.api.Level;
import dev.backlint.api.RelatedLocation;
import dev.backlint.engine.Backlint;
import dev.backlint.engine.Notification;
import dev.backlint.engine.ScanResult;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * One self-contained HTML page for people who read a report in a browser, opened from
 * disk with no network: a chart of the findings by rule and level, then a table of the
 * findings that can be filtered (by text, level and rule) and sorted (by any column),
 * each with its source line, message, related locations and code flow, then the
 * notifications. The style sheet and script are inline; everything that comes from the
 * scanned code is escaped, and the script reads the page, never data as code.
 */
public final class HtmlRenderer implements Renderer {

    private static final List<Level> LEVELS = List.of(Level.ERROR, Level.WARNING, Level.NOTE);
    private static final int BAR_WIDTH = 420;
    private static final int BAR_HEIGHT = 22;
    private static final int LABEL_WIDTH = 220;

    @Override
    public void render(ScanResult result, Writer out) throws IOException {
        List<Finding> findings = result.reported().stream().sorted().toList();
        StringBuilder page = new StringBuilder(4096 + findings.size() * 512);
        page.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>backlint report</title>\n<style>\n").append(resource("report.css"))
                .append("</style>\n</head>\n<body data-findings=\"").append(findings.size()).append("\">\n");
        page.append("<header>\n<h1>backlint report</h1>\n<p id=\"summary\">")
                .append(escape(TextRenderer.summary(result))).append("</p>\n<p class=\"tool\">")
                .append(escape(Backlint.NAME + " " + Backlint.version())).append("</p>\n</header>\n");
        chart(findings, page);
        table(findings, page);
        notifications(result.notifications(), page);
        page.append("<script>\n").append(resource("report.js")).append("</script>\n</body>\n</html>\n");
        out.write(page.toString());
        out.flush();
    }

    /** A bar per rule, its parts the rule's findings at each level. */
    private static void chart(List<Finding> findings, StringBuilder page) {
        Map<String, Map<Level, Integer>> byRule = new TreeMap<>();
        for (Finding finding : findings) {
            byRule.computeIfAbsent(finding.ruleId(), id -> new EnumMap<>(Level.class))
                    .merge(finding.level(), 1, Integer::sum);
        }
        int most = byRule.values().stream().mapToInt(HtmlRenderer::total).max().orElse(1);
        page.append("<section id=\"chart\">\n<h2>Findings by rule and level</h2>\n");
        if (byRule.isEmpty()) {
            page.append("<p class=\"empty\">No findings.</p>\n</section>\n");
            return;
        }
        page.append("<p class=\"legend\">");
        for (Level level : LEVELS) {
            page.append("<span class=\"key ").append(level.id()).append("\"></span>").append(level.id()).append(' ');
        }
        page.append("</p>\n");
        int height = byRule.size() * (BAR_HEIGHT + 8) + 8;
        page.append("<svg role=\"img\" aria-label=\"Findings by rule and level\" width=\"")
                .append(LABEL_WIDTH + BAR_WIDTH + 60).append("\" height=\"").append(height).append("\">\n");
        int y = 4;
        for (Map.Entry<String, Map<Level, Integer>> rule : byRule.entrySet()) {
            Map<Level, Integer> counts = rule.getValue();
            page.append("<g class=\"bar\" data-rule=\"").append(escape(rule.getKey())).append("\" data-total=\"")
                    .append(total(counts)).append('"');
            for (Level level : LEVELS) {
                page.append(" data-").append(level.id()).append("=\"").append(counts.getOrDefault(level, 0))
                        .append('"');
            }
            page.append(">\n<title>").append(escape(rule.getKey() + ": " + describe(counts))).append("</title>\n")
                    .append("<text x=\"0\" y=\"").append(y + 16).append("\">").append(escape(rule.getKey()))
                    .append("</text>\n");
            int x = LABEL_WIDTH;
            for (Level level : LEVELS) {
                int n = counts.getOrDefault(level, 0);
                if (n == 0) {
                    continue;
                }
                int width = Math.max(2, (int) Math.round((double) n * BAR_WIDTH / most));
                page.append("<rect class=\"").append(level.id()).append("\" x=\"").append(x).append("\" y=\"")
                        .append(y).append("\" width=\"").append(width).append("\" height=\"").append(BAR_HEIGHT)
                        .append("\"></rect>\n");
                x += width;
            }
            page.append("<text class=\"count\" x=\"").append(x + 6).append("\" y=\"").append(y + 16).append("\">")
                    .append(total(counts)).append("</text>\n</g>\n");
            y += BAR_HEIGHT + 8;
        }
        page.append("</svg>\n</section>\n");
    }

    private static int total(Map<Level, Integer> counts) {
        return counts.values().stream().mapToInt(Integer::intValue).sum();
    }

    private static String describe(Map<Level, Integer> counts) {
        List<String> parts = new ArrayList<>();
        for (Level level : LEVELS) {
            Integer n = counts.get(level);
            if (n != null) {
                parts.add(n + " " + level.id() + (n == 1 ? "" : "s"));
            }
        }
        return String.join(", ", parts);
    }

    /** The findings' table: a row per finding, and under it a row with its details. */
    private static void table(List<Finding> findings, StringBuilder page) {
        page.append("<section id=\"list\">\n<h2>Findings</h2>\n<div class=\"controls\">\n")
                .append("<input id=\"filter\" type=\"search\" placeholder=\"Filter by text\" aria-label=\"Filter by text\">\n")
                .append("<select id=\"level\" aria-label=\"Level\"><option value=\"\">All levels</option>");
        for (Level level : LEVELS) {
            page.append("<option value=\"").append(level.id()).append("\">").append(level.id()).append("</option>");
        }
        page.append("</select>\n<select id=\"rule\" aria-label=\"Rule\"><option value=\"\">All rules</option>");
        findings.stream().map(Finding::ruleId).distinct().sorted().forEach(rule -> page.append("<option value=\"")
                .append(escape(rule)).append("\">").append(escape(rule)).append("</option>"));
        page.append("</select>\n<button id=\"expand\" type=\"button\">Show all details</button>\n")
                .append("<span id=\"shown\">").append(findings.size()).append(" of ").append(findings.size())
                .append(" shown</span>\n</div>\n");
        page.append("<table id=\"findings\">\n<thead><tr>")
                .append("<th data-key=\"level\" aria-sort=\"none\">Level</th>")
                .append("<th data-key=\"rule\" aria-sort=\"none\">Rule</th>")
                .append("<th data-key=\"location\" aria-sort=\"ascending\">Location</th>")
                .append("<th data-key=\"message\" aria-sort=\"none\">Message</th></tr></thead>\n<tbody>\n");
        for (int i = 0; i < findings.size(); i++) {
            Finding finding = findings.get(i);
            String position = TextRenderer.position(finding.location());
            page.append("<tr class=\"finding\" tabindex=\"0\" data-order=\"").append(i).append("\" data-level=\"")
                    .append(finding.level().id()).append("\" data-rank=\"").append(finding.level().ordinal())
                    .append("\" data-rule=\"").append(escape(finding.ruleId())).append("\" data-path=\"")
                    .append(escape(finding.location().path())).append("\" data-line=\"")
                    .append(finding.location().range().startLine()).append("\">")
                    .append("<td class=\"level ").append(finding.level().id()).append("\">")
                    .append(finding.level().id()).append("</td><td class=\"rule\">").append(escape(finding.ruleId()))
                    .append("</td><td class=\"location\">").append(escape(position))
                    .append("</td><td class=\"message\">").append(escape(finding.message())).append("</td></tr>\n");
            page.append("<tr class=\"detail\" hidden><td colspan=\"4\">\n");
            String line = finding.sourceLine();
            if (line != null && !line.isBlank()) {
                page.append("<pre class=\"snippet\">").append(escape(TextRenderer.excerpt(line,
                        finding.location().range()))).append("</pre>\n");
            }
            page.append("<p class=\"full-message\">").append(escape(finding.message())).append("</p>\n");
            for (dev.backlint.api.Fix fix : finding.fixes()) {
                page.append("<p class=\"fix\">Fix with <code>backlint fix</code>: ").append(escape(fix.description()))
                        .append("</p>\n");
            }
            if (!finding.codeFlow().isEmpty()) {
                page.append("<h3>Code flow</h3>\n<ol class=\"flow\">\n");
                for (FlowStep step : finding.codeFlow()) {
                    page.append("<li><code>").append(escape(TextRenderer.position(step.location())))
                            .append("</code> ").append(escape(step.message())).append("</li>\n");
                }
                page.append("</ol>\n");
            }
            if (!finding.related().isEmpty()) {
                page.append("<h3>Related locations</h3>\n<ul class=\"related\">\n");
                for (RelatedLocation related : finding.related()) {
                    page.append("<li>[").append(related.id()).append("] <code>")
                            .append(escape(TextRenderer.position(related.location()))).append("</code> ")
                            .append(escape(related.message())).append("</li>\n");
                }
                page.append("</ul>\n");
            }
            page.append("</td></tr>\n");
        }
        page.append("</tbody>\n</table>\n</section>\n");
    }

    private static void notifications(List<Notification> notifications, StringBuilder page) {
        if (notifications.isEmpty()) {
            return;
        }
        page.append("<section id=\"notifications\">\n<h2>Notices</h2>\n<ul>\n");
        for (Notification notification : notifications.stream().sorted().toList()) {
            page.append("<li class=\"").append(notification.level().id()).append("\">")
                    .append(escape(TextRenderer.notification(notification))).append("</li>\n");
        }
        page.append("</ul>\n</section>\n");
    }

    /** Text as HTML text or attribute value: nothing in it can open or close markup. */
    static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder escaped = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> escaped.append("&amp;");
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '"' -> escaped.append("&quot;");
                case '\'' -> escaped.append("&#39;");
                default -> {
                    if (c < 0x20 && c != '\n' && c != '\t' || c == 0x7f) {
                        escaped.append('\ufffd'); // a control character has no place in a page
                    } else {
                        escaped.append(c);
                    }
                }
            }
        }
        return escaped.toString();
    }

    private static String resource(String name) {
        try (InputStream in = HtmlRenderer.class.getResourceAsStream("html/" + name)) {
            if (in == null) {
                throw new IllegalStateException("html/" + name + " is missing from the backlint jar");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
