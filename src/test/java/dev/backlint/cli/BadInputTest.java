package dev.backlint.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.backlint.SarifCheck;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * One tree with every kind of broken, odd and hostile input next to ordinary files,
 * scanned through the command line: each odd file gives one clear line and one SARIF
 * notification naming it, the findings of the other files are all there, the exit code
 * is the documented one, and no stack trace reaches the user.
 */
class BadInputTest {

    private static final String SELECT_STAR = "\"SELECT * FROM users\"";

    @TempDir
    Path dir;

    private Path root;
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @BeforeEach
    void writeTree() throws IOException {
        root = Files.createDirectories(dir.resolve("repo"));
        write("good/Dao.java", "class Dao {\n    String all() {\n        return " + SELECT_STAR + ";\n    }\n}\n");
        write("good/Ünïcödé dir/Spaced Name.java", "class SpacedName {\n    String q = " + SELECT_STAR + ";\n}\n");
        // syntax errors
        write("bad/Unclosed.java", "class Unclosed {\n    void m() {\n        int x = 1;\n");
        write("bad/HalfTyped.java", "class HalfTyped {\n    void m() {\n        String s = foo.\n    }\n}\n");
        write("bad/Conflict.java", "class Conflict {\n<<<<<<< HEAD\n    int a = 1;\n=======\n    int a = 2;\n"
                + ">>>>>>> feature\n}\n");
        // syntax newer than the parser: a primitive type pattern
        write("bad/Newer.java", "class Newer {\n    boolean small(Object o) {\n        return o instanceof int i && i < 10;\n    }\n}\n");
        // bytes that are not Java text
        byte[] binary = new byte[4096];
        new Random(7).nextBytes(binary);
        binary[10] = 0;
        write("bad/Binary.java", "");
        Files.write(root.resolve("bad/Binary.java"), binary);
        write("odd/Latin1.java", "");
        Files.write(root.resolve("odd/Latin1.java"), ("class Latin1 {\n    String name = \"caf\u00e9\";\n    String q = "
                + SELECT_STAR + ";\n}\n").getBytes(StandardCharsets.ISO_8859_1));
        // encodings and line ends that parse
        write("odd/Empty.java", "");
        Files.write(root.resolve("odd/Bom.java"), concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
                ("class Bom {\n    String q = " + SELECT_STAR + ";\n}\n").getBytes(StandardCharsets.UTF_8)));
        write("odd/Crlf.java", "class Crlf {\r\n    int a;\r\n    String q = " + SELECT_STAR + ";\r\n}\r\n");
        write("odd/Cr.java", "class Cr {\r    int a;\r    String q = " + SELECT_STAR + ";\r}\r");
        write("odd/Escapes.java", "class Escapes {\n    String q = \"\\u0053ELECT * FROM users\";\n}\n");
        // newer language features
        write("odd/Modern.java", """
                sealed interface Shape permits Circle, Square {}
                record Circle(double r) implements Shape {}
                record Square(double side) implements Shape {}
                class Modern {
                    double area(Shape shape) {
                        return switch (shape) {
                            case Circle c when c.r() > 0 -> Math.PI * c.r() * c.r();
                            case Circle c -> 0;
                            case Square s -> s.side() * s.side();
                        };
                    }
                    String sql() {
                        return \"""
                            SELECT * FROM users
                            \""";
                    }
                    boolean text(Object o) { return o instanceof String s && !s.isEmpty(); }
                }
                """);
        write("odd/Compact.java", "void main() {\n    String q = " + SELECT_STAR + ";\n    System.out.println(q);\n}\n");
        write("odd/module-info.java", "module app.main {\n    requires java.sql;\n    exports app;\n}\n");
        write("odd/pkg/package-info.java", "@Deprecated\npackage odd.pkg;\n");
        // depth
        write("deep/Parens.java", "class Parens { int x = " + "(".repeat(10_000) + "1" + ")".repeat(10_000) + "; }\n");
        write("deep/Ifs.java", "class Ifs { void m(int a) { " + "if (a > 0) ".repeat(10_000) + "a++; } }\n");
        write("deep/Concat.java", "class Concat { String s = " + SELECT_STAR + " + "
                + String.join(" + ", java.util.Collections.nCopies(10_000, "\"a\"")) + "; }\n");
        // size: generated code over the default limit of 4 MiB
        StringBuilder huge = new StringBuilder("class Huge {\n");
        for (int i = 0; huge.length() < 20 * 1024 * 1024; i++) {
            huge.append("    String m").append(i).append("() { return \"SELECT id FROM t").append(i).append("\"; }\n");
        }
        write("big/Huge.java", huge.append("}\n").toString());
        // links: a loop, and a file outside the tree
        Files.createDirectories(root.resolve("links"));
        Files.createSymbolicLink(root.resolve("links/loop"), root.resolve("links"));
        Path outside = Files.createDirectories(dir.resolve("elsewhere"));
        Files.writeString(outside.resolve("Secret.java"), "class Secret { String q = " + SELECT_STAR + "; }\n");
        Files.createSymbolicLink(root.resolve("links/Outside.java"), outside.resolve("Secret.java"));
    }

    private void write(String relative, String text) throws IOException {
        Path file = root.resolve(relative);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] both = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, both, a.length, b.length);
        return both;
    }

    private int run(String... args) {
        CommandLine commandLine = BacklintCommand.newCommandLine();
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        return commandLine.execute(args);
    }

    @Test
    void everyOddFileIsNamedOnceAndTheOthersAreFullyAnalysed() throws Exception {
        Path sarif = dir.resolve("report.sarif");
        Path text = dir.resolve("report.txt");
        Map<String, String> before = listing(root);

        int code = run("scan", root.toString(), "--source-root", root.toString(), "--threads", "2",
                "--format", "sarif", "--output", sarif.toString(), "--text-output", text.toString());

        assertEquals(1, code, "files that do not parse fail the scan\n" + err);
        assertEquals(before, listing(root), "the scanned tree is left as it was: nothing written, nothing touched");
        JsonNode run = new ObjectMapper().readTree(sarif.toFile()).path("runs").get(0);

        Map<String, List<Integer>> findings = new TreeMap<>();
        for (JsonNode result : run.path("results")) {
            JsonNode location = result.path("locations").get(0).path("physicalLocation");
            findings.computeIfAbsent(location.path("artifactLocation").path("uri").asText(), k -> new ArrayList<>())
                    .add(location.path("region").path("startLine").asInt());
        }
        assertEquals(new TreeMap<>(Map.of(
                "deep/Concat.java", List.of(1),
                "good/Dao.java", List.of(3),
                "good/%C3%9Cn%C3%AFc%C3%B6d%C3%A9%20dir/Spaced%20Name.java", List.of(2),
                "odd/Bom.java", List.of(2),
                "odd/Compact.java", List.of(2),
                "odd/Cr.java", List.of(3),
                "odd/Crlf.java", List.of(3),
                "odd/Escapes.java", List.of(2),
                "odd/Latin1.java", List.of(3),
                "odd/Modern.java", List.of(13))), findings);

        Map<String, String> notified = new TreeMap<>();
        for (JsonNode notification : run.path("invocations").get(0).path("toolExecutionNotifications")) {
            String uri = notification.path("locations").path(0).path("physicalLocation").path("artifactLocation")
                    .path("uri").asText("(none)");
            assertFalse(notified.containsKey(uri), "one notification per file: " + uri);
            notified.put(uri, notification.path("level").asText());
        }
        assertEquals(new TreeMap<>(Map.of(
                "bad/Binary.java", "warning",
                "bad/Conflict.java", "error",
                "bad/HalfTyped.java", "error",
                "bad/Newer.java", "error",
                "bad/Unclosed.java", "error",
                "big/Huge.java", "warning",
                "links/Outside.java", "warning",
                "links/loop", "warning",
                "odd/Latin1.java", "note")), notified);

        for (String uri : allUris(Files.readString(sarif))) {
            assertFalse(uri.startsWith("/") || uri.contains("..") || uri.contains(":") || uri.contains("\\"),
                    "every URI is relative to the root and inside it: " + uri);
        }

        List<String> lines = Files.readAllLines(text);
        for (String uri : notified.keySet()) {
            String path = java.net.URLDecoder.decode(uri, StandardCharsets.UTF_8);
            assertEquals(1, lines.stream().filter(line -> line.startsWith(path + ":")
                    && (line.contains(": error: ") || line.contains(": warning: ") || line.contains(": note: "))).count(),
                    "one line for " + path + " in\n" + String.join("\n", lines));
        }
        String everything = Files.readString(text) + out + err;
        assertFalse(everything.contains("\tat ") || everything.contains("Exception in") || everything.contains("\n  at "),
                "no stack trace without --verbose:\n" + everything);
        assertTrue(lines.get(lines.size() - 1).startsWith("15 files scanned"), lines.get(lines.size() - 1));

        SarifCheck.assumeAvailable();
        SarifCheck.assertValid(sarif);
    }

    @Test
    void withParseErrorsAllowedTheSameTreePassesAndAFileNamedAloneIsScannedAsAsked() {
        assertEquals(0, run("scan", root.toString(), "--source-root", root.toString(), "--allow-parse-errors", "-q"),
                out + "\n" + err);
        assertTrue(out.toString().contains("4 files failed"), out.toString());

        out.getBuffer().setLength(0);
        assertEquals(0, run("scan", root.resolve("good/Dao.java").toString(), "--source-root", root.toString()));
        assertTrue(out.toString().startsWith("good/Dao.java (1 finding)\ngood/Dao.java:3:16: warning [select-star]"),
                out.toString());
    }

    @Test
    void unreadableFilesAndFoldersAreNamedAndTheRestIsScanned() throws IOException {
        Path secret = root.resolve("locked/Locked.java");
        write("locked/Locked.java", "class Locked {}\n");
        Path closed = Files.createDirectories(root.resolve("closed"));
        write("closed/Hidden.java", "class Hidden {}\n");
        secret.toFile().setReadable(false, false);
        closed.toFile().setReadable(false, false);
        closed.toFile().setExecutable(false, false);
        try {
            Assumptions.assumeFalse(Files.isReadable(secret), "permissions do not bind this user (root)");
            int code = run("scan", root.toString(), "--source-root", root.toString(), "-q", "--allow-parse-errors");
            String report = out.toString() + err;
            assertEquals(1, code, report);
            assertTrue(report.contains("locked/Locked.java"), report);
            assertTrue(report.contains("closed"), report);
        } finally {
            secret.toFile().setReadable(true, false);
            closed.toFile().setReadable(true, false);
            closed.toFile().setExecutable(true, false);
        }
    }

    @Test
    void aPipeNamedLikeASourceFileIsSkippedNotRead() throws Exception {
        Path pipe = root.resolve("odd/Pipe.java");
        Process mkfifo;
        try {
            mkfifo = new ProcessBuilder("mkfifo", pipe.toString()).start();
        } catch (IOException e) {
            Assumptions.abort("mkfifo is not available: " + e.getMessage());
            return;
        }
        Assumptions.assumeTrue(mkfifo.waitFor() == 0 && Files.exists(pipe), "could not make a pipe");

        run("scan", root.resolve("odd").toString(), "--source-root", root.toString());

        assertTrue(out.toString().contains("odd/Pipe.java: warning: skipped: not a regular file"), out.toString());
    }

    /** Every file and folder below {@code top} with its size and modification time, links not followed. */
    private static Map<String, String> listing(Path top) throws IOException {
        Map<String, String> entries = new TreeMap<>();
        try (var paths = Files.walk(top)) {
            for (Path path : paths.toList()) {
                var attributes = Files.readAttributes(path, java.nio.file.attribute.BasicFileAttributes.class,
                        java.nio.file.LinkOption.NOFOLLOW_LINKS);
                entries.put(top.relativize(path).toString(), attributes.size() + "@" + attributes.lastModifiedTime());
            }
        }
        return entries;
    }

    private static TreeSet<String> allUris(String sarif) {
        TreeSet<String> uris = new TreeSet<>();
        Matcher matcher = Pattern.compile("\"uri\"\\s*:\\s*\"([^\"]*)\"").matcher(sarif);
        while (matcher.find()) {
            if (!matcher.group(1).startsWith("http")) {
                uris.add(matcher.group(1));
            }
        }
        return uris;
    }
}
