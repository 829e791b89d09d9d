package dev.backlint.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.backlint.api.Finding;
import dev.backlint.api.Level;
import dev.backlint.api.Location;
import dev.backlint.api.SourceRange;
import dev.backlint.engine.Notification;
import dev.backlint.engine.ScanResult;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class TextRendererTest {

    @Test
    void printsFindingAsPathLineColumnLevelRuleAndMessage() {
        List<String> lines = findingLines(Samples.result(List.of(Samples.selectStar("src/A.java", 3))));

        assertEquals("src/A.java:3:22: warning [select-star] Query selects every column with `*`; list the columns it reads.",
                lines.get(0));
    }

    @Test
    void printsSourceLineWithCaretUnderTheRange() {
        List<String> lines = findingLines(Samples.result(List.of(Samples.selectStar("src/A.java", 3))));

        assertEquals("        String sql = \"SELECT * FROM users\";", lines.get(1));
        assertEquals(" ".repeat(21) + "^" + "~".repeat(20), lines.get(2), "caret under the string literal");
    }

    @Test
    void aVeryLongLineIsShownAroundTheRangeWithTheCaretUnderIt() {
        String source = "String s = " + "\"a\" + ".repeat(5000) + "\"SELECT * FROM t\"" + " + \"b\"".repeat(5000) + ";";
        int literal = source.indexOf("\"SELECT");
        Finding finding = finding(source, new SourceRange(3, literal + 1, 3, literal + 18));
        List<String> lines = findingLines(Samples.result(List.of(finding)));

        String shown = lines.get(1);
        String caret = lines.get(2);
        assertTrue(shown.startsWith("…") && shown.endsWith("…"), shown);
        assertEquals(TextRenderer.MAX_SHOWN + 2, shown.length(), shown);
        assertEquals("\"SELECT * FROM t\"", shown.substring(caret.indexOf('^'), caret.indexOf('^') + 17));
        assertEquals("^" + "~".repeat(16), caret.strip());
    }

    @Test
    void showsTabsAsSpacesAndKeepsTheCaretAligned() {
        String source = "\tString sql =\t\"SELECT * FROM users\";";
        int literal = source.indexOf('"');
        Finding finding = finding(source, new SourceRange(3, literal + 1, 3, literal + 22));
        List<String> lines = findingLines(Samples.result(List.of(finding)));

        assertFalse(lines.get(1).contains("\t"), "tabs must be shown as spaces: " + lines.get(1));
        assertEquals("    String sql =    \"SELECT * FROM users\";", lines.get(1), "tab stops every 4 columns");
        assertEquals(lines.get(1).indexOf('"'), lines.get(2).indexOf('^'), "caret under the literal:\n"
                + lines.get(1) + "\n" + lines.get(2));
        assertEquals(21, lines.get(2).trim().length(), "underline as wide as the literal: " + lines.get(2));
    }

    @Test
    void underlinesTabsInsideTheRangeAtTheirShownWidth() {
        String source = "a\tb";
        List<String> lines = findingLines(Samples.result(List.of(finding(source, new SourceRange(1, 1, 1, 4)))));

        assertEquals("a   b", lines.get(1));
        assertEquals("^~~~~", lines.get(2));
    }

    @Test
    void underlinesToEndOfLineWhenTheRangeGoesOn() {
        String source = "    query(\"SELECT *\"   ";
        List<String> lines = findingLines(Samples.result(List.of(finding(source, new SourceRange(5, 11, 7, 4)))));

        assertEquals("    query(\"SELECT *\"", lines.get(1), "trailing spaces are not shown");
        assertEquals(" ".repeat(10) + "^" + "~".repeat(9), lines.get(2));
    }

    @Test
    void showsOneCaretForAnEmptyRange() {
        List<String> lines = findingLines(Samples.result(List.of(finding("  x;", new SourceRange(1, 3, 1, 3)))));

        assertEquals("  ^", lines.get(2));
    }

    @Test
    void countsASurrogatePairAsOneColumn() {
        String source = "s = \"\uD83D\uDE00\" + x;";
        int x = source.indexOf('x');
        List<String> lines = findingLines(Samples.result(List.of(finding(source, new SourceRange(1, x + 1, 1, x + 2)))));

        assertEquals(" ".repeat(10) + "^", lines.get(2), "emoji (two UTF-16 units) shown as one column");
    }

    @Test
    void leavesSourceAndCaretOutWhenTheLineIsUnknown() {
        List<String> lines = findingLines(Samples.result(List.of(finding("", new SourceRange(1, 1, 1, 2)))));

        assertEquals(1, lines.size(), "the finding alone: " + lines);
    }

    @Test
    void printsCodeFlowStepsIndentedAndNumbered() {
        List<String> lines = findingLines(Samples.result(List.of(Samples.injection())));

        assertEquals("    1. src/main/java/com/example/UserController.java:17:30 request parameter `id`", lines.get(3));
        assertEquals("    2. src/main/java/com/example/UserDao.java:40:25 passed as `id`", lines.get(4));
        assertEquals("    3. src/main/java/com/example/UserDao.java:42:27 concatenated into SQL", lines.get(5));
        assertEquals("    [1] src/main/java/com/example/UserController.java:17:30 request parameter", lines.get(6));
    }

    @Test
    void groupsTheFindingsByFileAndCountsEachRuleBeforeTheSummary() {
        ScanResult result = Samples.result(List.of(Samples.selectStar("src/B.java", 3), Samples.injection(),
                Samples.selectStar("src/A.java", 9), Samples.selectStar("src/A.java", 3)));
        List<String> lines = lines(result);

        List<String> headers = lines.stream().filter(line -> line.matches("\\S+ \\(\\d+ findings?\\)")).toList();
        assertEquals(List.of("src/A.java (2 findings)", "src/B.java (1 finding)",
                "src/main/java/com/example/UserDao.java (1 finding)"), headers);
        assertTrue(lines.get(lines.indexOf("src/B.java (1 finding)") - 1).isEmpty(), "a blank line between files");
        assertEquals(List.of("select-star    3 warnings", "sql-injection  1 error"),
                lines.subList(lines.size() - 3, lines.size() - 1));
        assertTrue(lines.get(lines.size() - 1).matches("\\d+ files scanned .*"),
                "the summary is last: " + lines.get(lines.size() - 1));
    }

    @Test
    void colourMarksLevelsFilesRulesAndCarets() {
        String text = Samples.render(new TextRenderer(false, true),
                Samples.result(List.of(Samples.selectStar("src/A.java", 3), Samples.injection())));

        assertTrue(text.contains("\u001b[1;4msrc/A.java\u001b[0m (1 finding)"), text);
        assertTrue(text.contains("src/A.java:3:22: \u001b[33mwarning\u001b[0m \u001b[2m[select-star]\u001b[0m"), text);
        assertTrue(text.contains("\u001b[1;31merror\u001b[0m"), text);
        assertTrue(text.contains("\u001b[32m" + " ".repeat(21) + "^"), text);
        assertFalse(Samples.render(new TextRenderer(false), Samples.result(List.of(Samples.injection())))
                .contains("\u001b"), "no colour unless asked");
    }

    @Test
    void printsEachNotificationOnOneLine() {
        ScanResult result = Samples.result(Samples.RULES, List.of(), List.of(
                new Notification(Level.WARNING, "src/Broken.java", 7, null, Notification.Kind.PARSE_ERROR, "cannot parse"),
                new Notification(Level.ERROR, "src/Odd.java", 0, "select-star", Notification.Kind.RULE_FAILURE, "rule failed"),
                new Notification(Level.NOTE, null, 0, null, Notification.Kind.SKIPPED, "skipped 2 files")));

        List<String> lines = lines(result);
        assertEquals(List.of("backlint: note: skipped 2 files", "src/Broken.java:7: warning: cannot parse",
                "src/Odd.java: error: rule failed"), lines.subList(0, 3));
    }

    @Test
    void leavesSuppressedFindingsOutButCountsThem() {
        ScanResult result = Samples.result(List.of(Samples.suppressed(Samples.selectStar("src/A.java", 3))));
        List<String> lines = lines(result);

        assertEquals(1, lines.size(), "only the summary: " + lines);
        assertTrue(lines.get(0).contains(", 0 warnings, ") && lines.get(0).contains(", 1 suppressed in "), lines.get(0));
    }

    @Test
    void summarisesInTheSingular() {
        Instant started = Instant.parse("2025-01-01T10:00:00Z");
        ScanResult result = new ScanResult(Samples.RULES, List.of(
                new Finding("sql-injection", Level.ERROR, "e", Samples.at("src/A.java", 1, 1, 2), "x", List.of(), List.of(), false),
                new Finding("select-star", Level.WARNING, "w", Samples.at("src/A.java", 2, 1, 2), "x", List.of(), List.of(), false),
                new Finding("wildcard-import", Level.NOTE, "n", Samples.at("src/A.java", 3, 1, 2), "x", List.of(), List.of(), false),
                Samples.suppressed(Samples.selectStar("src/A.java", 4))),
                List.of(), 1, 1, 1, started, started.plusMillis(2_540));

        assertEquals("1 file scanned (1 line), 1 error, 1 warning, 1 note, 1 file failed, 1 suppressed in 2.5 s",
                TextRenderer.summary(result));
    }

    @Test
    void summarisesInThePlural() {
        Instant started = Instant.parse("2025-01-01T10:00:00Z");
        ScanResult result = new ScanResult(Samples.RULES, List.of(), List.of(), 2, 0, 40, started, started);

        assertEquals("2 files scanned (40 lines), 0 errors, 0 warnings, 0 notes, 0 files failed, 0 suppressed in 0.0 s",
                TextRenderer.summary(result));
    }

    @Test
    void printsOnlyTheSummaryWhenQuiet() {
        ScanResult result = Samples.result(Samples.RULES, List.of(Samples.injection(), Samples.selectStar("src/A.java", 3)),
                List.of(new Notification(Level.WARNING, "src/B.java", 1, null, Notification.Kind.PARSE_ERROR, "cannot parse")));
        String text = Samples.render(new TextRenderer(true), result);

        assertEquals(TextRenderer.summary(result) + "\n", text);
        assertTrue(text.startsWith("3 files scanned (120 lines), 1 error, 1 warning, 0 notes"), text);
    }

    @Test
    void endsWithTheSummaryLine() {
        String text = Samples.render(new TextRenderer(false), Samples.result(List.of(Samples.injection())));

        assertTrue(text.endsWith("0 files failed, 0 suppressed in 1.3 s\n"), text);
    }

    private static Finding finding(String sourceLine, SourceRange range) {
        return new Finding("select-star", Level.WARNING, "Message.", new Location("src/A.java", range), sourceLine,
                List.of(), List.of(), false);
    }

    private static List<String> lines(ScanResult result) {
        return Samples.render(new TextRenderer(false), result).lines().toList();
    }

    /** The lines of the first file's findings: after its header, up to the blank line that ends them. */
    private static List<String> findingLines(ScanResult result) {
        List<String> all = lines(result);
        int end = all.indexOf("");
        return all.subList(1, end < 0 ? all.size() : end);
    }
}
