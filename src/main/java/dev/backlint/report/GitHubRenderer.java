package dev.backlint.report;

import dev.backlint.api.Finding;
import dev.backlint.api.Level;
import dev.backlint.api.SourceRange;
import dev.backlint.engine.Notification;
import dev.backlint.engine.ScanResult;
import java.io.IOException;
import java.io.Writer;

/**
 * GitHub Actions workflow commands, one line per finding
 * ({@code ::warning file=src/A.java,line=3,col=22,endLine=3,endColumn=43,title=select-star::…}),
 * which the runner turns into annotations on the pull request without code scanning.
 * Errors are {@code error}, warnings {@code warning} and notes {@code notice}; suppressed
 * findings are left out; a file that could not be read or parsed is an annotation on the
 * file. Values are escaped as the runner expects ({@code %}, line breaks, and in
 * properties {@code :} and {@code ,}).
 */
public final class GitHubRenderer implements Renderer {

    @Override
    public void render(ScanResult result, Writer out) throws IOException {
        for (Finding finding : result.reported().stream().sorted().toList()) {
            SourceRange range = finding.location().range();
            out.write("::" + command(finding.level()) + " file=" + property(finding.location().path())
                    + ",line=" + range.startLine() + ",col=" + range.startColumn()
                    + ",endLine=" + range.endLine() + ",endColumn=" + range.endColumn()
                    + ",title=" + property(finding.ruleId()) + "::" + data(finding.message()) + "\n");
        }
        for (Notification notification : result.notifications().stream().sorted().toList()) {
            if (notification.uri() == null) {
                continue;
            }
            out.write("::" + command(notification.level()) + " file=" + property(notification.uri())
                    + (notification.line() > 0 ? ",line=" + notification.line() : "")
                    + ",title=backlint::" + data(notification.message()) + "\n");
        }
        out.flush();
    }

    private static String command(Level level) {
        return switch (level) {
            case ERROR -> "error";
            case WARNING -> "warning";
            case NOTE -> "notice";
        };
    }

    /** A message: {@code %} and line breaks escaped. */
    static String data(String text) {
        return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A");
    }

    /** A property value: as a message, and {@code :} and {@code ,} escaped too. */
    static String property(String text) {
        return data(text).replace(":", "%3A").replace(",", "%2C");
    }
}
