package dev.backlint.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.backlint.api.Finding;
import dev.backlint.api.Level;
import dev.backlint.engine.Notification;
import dev.backlint.engine.ScanResult;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The HTML report, read as markup and as a browser renders it: Debian's Chromium, headless,
 * opens the file from disk, runs its script and hands back the page (and a screenshot).
 */
class HtmlReportTest {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final String HOSTILE = "</script><img src=x onerror=\"document.title='pwned'\">"
            + "<script>document.title='pwned'</script>";

    @TempDir
    Path dir;

    /** Two rules at two levels, three files, and code that tries to break out of the page. */
    private static ScanResult sample() {
        Finding hostile = Samples.finding(Samples.SELECT_STAR, Samples.at("src/main/java/app/Evil.java", 4, 20, 40),
                "        String s = \"" + HOSTILE + "\";", "`SELECT *` reads `" + HOSTILE + "`");
        return Samples.result(Samples.RULES, List.of(Samples.injection(), Samples.selectStar("src/A.java", 3),
                Samples.selectStar("src/B.java", 9), Samples.selectStar("src/B.java", 12), hostile),
                List.of(new Notification(Level.WARNING, "src/Broken.java", 7, null, Notification.Kind.PARSE_ERROR,
                        "cannot parse " + HOSTILE)));
    }

    private static String html(ScanResult result) {
        return Samples.render(new HtmlRenderer(), result);
    }

    @Test
    void oneSelfContainedPageWithEverythingEscaped() {
        String page = html(sample());

        assertTrue(page.startsWith("<!DOCTYPE html>"), page.substring(0, 40));
        assertFalse(Pattern.compile("<[^>]*\\s(src|href)\\s*=").matcher(page).find(), "no external assets, no links");
        assertFalse(page.contains("<img"), "markup from the code is text");
        assertEquals(1, count(page, "<script>"), "the report's own script only");
        assertEquals(1, count(page, "</script>"), "the report's own script only");
        assertTrue(page.contains("&lt;/script&gt;&lt;img src=x onerror=&quot;document.title=&#39;pwned&#39;&quot;&gt;"),
                "escaped where it is shown");
        assertEquals(5, count(page, "<tr class=\"finding\""));
        assertEquals(5, count(page, "<tr class=\"detail\""));
        assertTrue(page.contains("<ol class=\"flow\">"), "the code flow of the injection");
        assertTrue(page.contains("<ul class=\"related\">"), "its related location");
        assertTrue(page.contains("<pre class=\"snippet\">"), "source lines with carets");
        assertTrue(page.contains("<section id=\"notifications\">"), "the notices");
    }

    @Test
    void aFindingWithAFixSaysWhatBacklintFixWouldDo() {
        Finding plain = Samples.selectStar("src/A.java", 3);
        Finding fixable = new Finding(plain.ruleId(), plain.level(), plain.message(), plain.location(),
                plain.sourceLine(), List.of(), List.of(), false, List.of(new dev.backlint.api.Fix("name the <columns>",
                        List.of(new dev.backlint.api.Fix.Replacement(plain.location().range(), "\"SELECT id\"")))));
        String page = html(Samples.result(List.of(fixable)));
        assertTrue(page.contains("<p class=\"fix\">Fix with <code>backlint fix</code>: name the &lt;columns&gt;</p>"),
                page);
    }

    @Test
    void aScanWithoutFindingsSaysSo() {
        String page = html(Samples.result(List.of()));
        assertTrue(page.contains("No findings."), page);
        assertTrue(page.contains("0 of 0 shown"), page);
    }

    @Test
    void chromiumRendersTheCountsFiltersSortsAndRunsNothingFromTheCode() throws Exception {
        boolean required = System.getenv("CI") != null;
        if (!required) {
            Assumptions.assumeTrue(Files.isExecutable(CHROMIUM), "Debian's chromium is not installed; .ci/run installs it");
        }
        Path report = dir.resolve("backlint report.html");
        Files.writeString(report, html(sample()), StandardCharsets.UTF_8);

        String page = dom(report, "");
        assertTrue(page.contains("data-ready=\"true\""), "the script ran to the end");
        assertTrue(page.contains("<title>backlint report</title>"), "the code's script did not run");
        assertFalse(page.contains("<img"), "the code's markup is text");
        assertEquals("5", attribute(page, "body", "data-shown"));
        assertTrue(page.contains("5 of 5 shown"), "the table shows every finding");
        assertEquals(List.of("select-star:4:0:4:0", "sql-injection:1:1:0:0"), bars(page),
                "a bar per rule: total, errors, warnings, notes");

        String filtered = dom(report, "#rule=select-star&q=B.java");
        assertEquals("2", attribute(filtered, "body", "data-shown"));
        assertTrue(filtered.contains("2 of 5 shown"), "filtered by rule and text");

        String byLevel = dom(report, "#level=error");
        assertTrue(byLevel.contains("1 of 5 shown"), "filtered by level");

        String sorted = dom(report, "#sort=-location&open=all");
        assertEquals("-location", attribute(sorted, "body", "data-sort"));
        List<String> order = new ArrayList<>();
        Matcher location = Pattern.compile("<td class=\"location\">([^<]+)</td>").matcher(sorted);
        while (location.find()) {
            order.add(location.group(1));
        }
        assertEquals(List.of("src/main/java/com/example/UserDao.java:42:27", "src/main/java/app/Evil.java:4:20",
                "src/B.java:12:22", "src/B.java:9:22", "src/A.java:3:22"), order, "sorted by location, descending");
        assertFalse(sorted.contains("<tr class=\"detail\" hidden"), "every detail shown");

        Path screenshot = Path.of(System.getProperty("backlint.screenshot", dir.resolve("report.png").toString()));
        chromium(report, "", "--screenshot=" + screenshot, "--window-size=1280,1400");
        byte[] png = Files.readAllBytes(screenshot);
        assertTrue(png.length > 10_000, "a picture of the page: " + png.length + " bytes");
        assertEquals((byte) 0x89, png[0]);
        assertEquals('P', png[1]);
    }

    private static List<String> bars(String page) {
        List<String> bars = new ArrayList<>();
        Matcher bar = Pattern.compile("<g class=\"bar\" data-rule=\"([^\"]+)\" data-total=\"(\\d+)\" "
                + "data-error=\"(\\d+)\" data-warning=\"(\\d+)\" data-note=\"(\\d+)\"").matcher(page);
        while (bar.find()) {
            bars.add(bar.group(1) + ":" + bar.group(2) + ":" + bar.group(3) + ":" + bar.group(4) + ":" + bar.group(5));
        }
        return bars;
    }

    private static String attribute(String page, String element, String name) {
        Matcher matcher = Pattern.compile("<" + element + "\\b[^>]*\\b" + name + "=\"([^\"]*)\"").matcher(page);
        assertTrue(matcher.find(), "no " + name + " on " + element);
        return matcher.group(1);
    }

    private static int count(String text, String part) {
        int n = 0;
        for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + part.length())) {
            n++;
        }
        return n;
    }

    /** The page as Chromium has it once its script ran. */
    private String dom(Path report, String fragment) throws IOException, InterruptedException {
        return chromium(report, fragment, "--dump-dom");
    }

    private String chromium(Path report, String fragment, String... what) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(CHROMIUM.toString(), "--headless", "--no-sandbox",
                "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run", "--hide-scrollbars",
                "--user-data-dir=" + dir.resolve("profile"), "--virtual-time-budget=3000"));
        command.addAll(List.of(what));
        command.add(report.toUri() + fragment);
        Process process = new ProcessBuilder(command).redirectError(dir.resolve("chromium.log").toFile()).start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(120, TimeUnit.SECONDS), "chromium finishes");
        assertEquals(0, process.exitValue(), Files.readString(dir.resolve("chromium.log")));
        return out;
    }
}
