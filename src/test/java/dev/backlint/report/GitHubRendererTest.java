package dev.backlint.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.backlint.api.Level;
import dev.backlint.engine.Notification;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Workflow commands: one line per unsuppressed finding, escaped as the Actions runner reads them. */
class GitHubRendererTest {

    @Test
    void oneAnnotationPerUnsuppressedFindingWithItsRangeAndRule() {
        String out = Samples.render(new GitHubRenderer(), Samples.result(List.of(Samples.selectStar("src/A.java", 3),
                Samples.suppressed(Samples.selectStar("src/B.java", 4)), Samples.injection())));

        assertEquals(List.of(
                "::warning file=src/A.java,line=3,col=22,endLine=3,endColumn=43,title=select-star::"
                        + "Query selects every column with `*`; list the columns it reads.",
                "::error file=src/main/java/com/example/UserDao.java,line=42,col=27,endLine=42,endColumn=51,"
                        + "title=sql-injection::SQL built from the [request parameter](1) `id`; pass it as a bind parameter."),
                out.lines().toList());
    }

    @Test
    void messagesAndPropertiesAreEscapedSoNoLineEndsEarlyOrSplitsAProperty() {
        var finding = Samples.finding(Samples.SQL_INJECTION, Samples.at("odd,dir/a:b.java", 1, 1, 2), "x",
                "100% wrong\nsecond line ::warning file=x::injected");

        String out = Samples.render(new GitHubRenderer(), Samples.result(List.of(finding)));

        assertEquals(List.of("::error file=odd%2Cdir/a%3Ab.java,line=1,col=1,endLine=1,endColumn=2,title=sql-injection::"
                + "100%25 wrong%0Asecond line ::warning file=x::injected"), out.lines().toList());
    }

    @Test
    void aFileThatCouldNotBeParsedIsAnAnnotationOnTheFile() {
        String out = Samples.render(new GitHubRenderer(), Samples.result(Samples.RULES, List.of(),
                List.of(new Notification(Level.ERROR, "src/Broken.java", 7, null, Notification.Kind.PARSE_ERROR,
                        "could not parse: ';' expected"))));

        assertEquals(List.of("::error file=src/Broken.java,line=7,title=backlint::could not parse: ';' expected"),
                out.lines().toList());
    }
}
