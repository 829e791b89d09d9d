package dev.backlint.report;

import dev.backlint.api.Finding;
import dev.backlint.api.Level;
import dev.backlint.engine.Notification;
import dev.backlint.engine.ScanResult;
import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.ArrayList;

/**
 * Checkstyle's XML result format, which Jenkins' warnings-ng, SonarQube's generic import,
 * reviewdog and most CI dashboards read: one {@code <file name>} per file with findings,
 * one {@code <error line column severity message source>} per finding. Severities are
 * {@code error}, {@code warning} and {@code info}; the source is {@code backlint.<rule id>}.
 * Suppressed findings are left out; a file that could not be read or parsed gets an
 * {@code error} whose source is {@code backlint.scan}. Attribute values are escaped,
 * characters XML 1.0 forbids dropped.
 */
public final class CheckstyleRenderer implements Renderer {

    @Override
    public void render(ScanResult result, Writer out) throws IOException {
        Map<String, List<String>> byFile = new TreeMap<>();
        for (Finding finding : result.reported().stream().sorted().toList()) {
            byFile.computeIfAbsent(finding.location().path(), k -> new ArrayList<>()).add("    <error line=\""
                    + finding.location().range().startLine() + "\" column=\"" + finding.location().range().startColumn()
                    + "\" severity=\"" + severity(finding.level()) + "\" message=\"" + escape(finding.message())
                    + "\" source=\"backlint." + escape(finding.ruleId()) + "\"/>\n");
        }
        for (Notification notification : result.notifications().stream().sorted().toList()) {
            if (notification.uri() != null) {
                byFile.computeIfAbsent(notification.uri(), k -> new ArrayList<>()).add("    <error line=\""
                        + Math.max(notification.line(), 0) + "\" severity=\"" + severity(notification.level())
                        + "\" message=\"" + escape(notification.message()) + "\" source=\"backlint.scan\"/>\n");
            }
        }
        out.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<checkstyle version=\"4.3\">\n");
        for (Map.Entry<String, List<String>> file : byFile.entrySet()) {
            out.write("  <file name=\"" + escape(file.getKey()) + "\">\n");
            for (String error : file.getValue()) {
                out.write(error);
            }
            out.write("  </file>\n");
        }
        out.write("</checkstyle>\n");
        out.flush();
    }

    private static String severity(Level level) {
        return switch (level) {
            case ERROR -> "error";
            case WARNING -> "warning";
            case NOTE -> "info";
        };
    }

    /** An attribute value: markup and quotes escaped, line breaks kept as references, forbidden characters dropped. */
    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\n' -> out.append("&#10;");
                case '\r' -> out.append("&#13;");
                case '\t' -> out.append("&#9;");
                default -> {
                    if (c >= 0x20 && c != 0xFFFE && c != 0xFFFF) {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }
}
