package dev.backlint.engine;

import static dev.backlint.engine.AnalyzerTest.summary;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A file parsed ahead of its turn, to answer another file's question about its facts, is
 * analysed later from the tree kept for it: completely, its types resolved.
 */
class ParsedAheadTest {

    @TempDir
    Path dir;

    @Test
    void aFileParsedForAnotherFilesQuestionIsAnalysedInFullOnItsTurn() {
        TempProject project = new TempProject(dir);
        // analysed first (no file imports either), and asks what Columns.width does with null
        project.write("shop/Alpha.java", """
                package shop;
                class Alpha {
                    int describe() {
                        String label = null;
                        return Columns.width(label);
                    }
                }
                """);
        // a finding of its own that needs the solver: the type of a var from a JDK call
        project.write("shop/Columns.java", """
                package shop;
                import java.sql.PreparedStatement;
                import java.sql.SQLException;
                class Columns {
                    static int width(String label) {
                        return label.length();
                    }
                    static String firstName(PreparedStatement statement) throws SQLException {
                        var rows = statement.executeQuery();
                        rows.next();
                        return rows.getObject(1).toString();
                    }
                }
                """);

        for (int threads : new int[] {1, 2}) {
            ScanResult result = new Analyzer().analyze(project.request().threads(threads)
                    .enable(Set.of("null-dereference")).build());

            assertEquals(List.of("shop/Alpha.java:5 null-dereference", "shop/Columns.java:11 null-dereference"),
                    summary(result.findings()), "with " + threads + " threads");
            if (threads == 1) {
                // with two, the second worker may take Columns.java up before Alpha asks about it
                assertEquals(1, result.diagnostics().onDemandParses(), "Columns.java is parsed ahead");
            }
        }
    }
}
