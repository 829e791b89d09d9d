package dev.backlint;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/** The fixture folders of the rules, and the expectations written in them. */
public final class Fixtures {

    private static final Pattern EXPECT = Pattern.compile("//\\s*expect:\\s*([a-z0-9-]+(?:\\s*,\\s*[a-z0-9-]+)*)");

    /** One expected finding: rule {@code ruleId} reports a range containing {@code line} of {@code file}. */
    public record Expectation(String file, int line, String ruleId) implements Comparable<Expectation> {
        @Override
        public int compareTo(Expectation other) {
            int c = file.compareTo(other.file);
            if (c == 0) c = Integer.compare(line, other.line);
            return c == 0 ? ruleId.compareTo(other.ruleId) : c;
        }

        @Override
        public String toString() {
            return file + ":" + line + " " + ruleId;
        }
    }

    private Fixtures() {
    }

    public static Path root() {
        return Path.of(System.getProperty("backlint.fixtures", "../test-fixtures")).toAbsolutePath().normalize();
    }

    public static Path docs() {
        return Path.of(System.getProperty("backlint.rules", "../rules")).toAbsolutePath().normalize();
    }

    /** The fixture folders, sorted. */
    public static List<Path> folders() {
        try (Stream<Path> list = Files.list(root())) {
            return list.filter(Files::isDirectory).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static List<Path> javaFiles(Path folder) {
        try (Stream<Path> list = Files.list(folder)) {
            return list.filter(p -> p.getFileName().toString().endsWith(".java")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every {@code // expect: id[, id…]} comment of the folder's files. */
    public static TreeSet<Expectation> expectations(Path folder) {
        TreeSet<Expectation> expectations = new TreeSet<>();
        for (Path file : javaFiles(folder)) {
            List<String> lines = readLines(file);
            for (int i = 0; i < lines.size(); i++) {
                Matcher matcher = EXPECT.matcher(lines.get(i));
                if (matcher.find()) {
                    for (String id : matcher.group(1).split("\\s*,\\s*")) {
                        expectations.add(new Expectation(file.getFileName().toString(), i + 1, id));
                    }
                }
            }
        }
        return expectations;
    }

    public static List<String> readLines(Path file) {
        try {
            return new ArrayList<>(Files.readAllLines(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
