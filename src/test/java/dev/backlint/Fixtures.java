package dev.backlint;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/** The fixture folders of the rules, and the expectations written in them. */
public final class Fixtures {

    /** {@code // expect:} in Java, {@code <!-- expect: … -->} in the XML of MyBatis mappers. */
    private static final Pattern EXPECT = Pattern.compile("(?://|<!--)\\s*expect:");
    /** One {@code id} or {@code id "fragment"}, then a comma or the end of the line. */
    private static final Pattern ITEM = Pattern.compile("\\s*([a-z0-9-]+)(?:\\s+\"([^\"]+)\")?\\s*(,|$)");

    /**
     * One expected finding: rule {@code ruleId} reports a range containing {@code line} of
     * {@code file}, with {@code fragment} in its message ({@code ""} when any message will do).
     */
    public record Expectation(String file, int line, String ruleId, String fragment) {

        static final Comparator<Expectation> ORDER = Comparator.comparing(Expectation::file)
                .thenComparingInt(Expectation::line)
                .thenComparing(Expectation::ruleId)
                .thenComparing(Expectation::fragment);

        public boolean hasFragment() {
            return !fragment.isEmpty();
        }

        @Override
        public String toString() {
            return file + ":" + line + " " + ruleId + (hasFragment() ? " \"" + fragment + "\"" : "");
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

    /** The XML files of a fixture folder: MyBatis mappers, read by the SQL rules. */
    public static List<Path> xmlFiles(Path folder) {
        try (Stream<Path> list = Files.list(folder)) {
            return list.filter(p -> p.getFileName().toString().endsWith(".xml")).sorted().toList();
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

    /**
     * Every expectation of the folder's files, sorted; an id written twice on a line is two
     * expectations.
     *
     * @throws IllegalArgumentException naming the file and line of a malformed expectation
     */
    public static List<Expectation> expectations(Path folder) {
        List<Expectation> expectations = new ArrayList<>();
        List<Path> files = new ArrayList<>(javaFiles(folder));
        files.addAll(xmlFiles(folder));
        for (Path file : files) {
            List<String> lines = readLines(file);
            for (int i = 0; i < lines.size(); i++) {
                String line = lines.get(i);
                if (file.getFileName().toString().endsWith(".xml")) {
                    line = line.replaceFirst("\\s*-->\\s*$", ""); // the comment's end is not part of the items
                }
                expectations.addAll(parse(file.getFileName().toString(), i + 1, line));
            }
        }
        expectations.sort(Expectation.ORDER);
        return expectations;
    }

    /**
     * The expectations of one line: {@code // expect: } then one or more items separated by
     * commas, each a rule id optionally followed by a fragment of its message in double
     * quotes, and nothing after them.
     *
     * @throws IllegalArgumentException when the line has {@code // expect:} but not in that form
     */
    static List<Expectation> parse(String file, int line, String text) {
        Matcher head = EXPECT.matcher(text);
        if (!head.find()) {
            return List.of();
        }
        List<Expectation> expectations = new ArrayList<>();
        Matcher item = ITEM.matcher(text);
        int position = head.end();
        while (true) {
            item.region(position, text.length());
            if (!item.lookingAt()) {
                throw new IllegalArgumentException(file + ":" + line + ": malformed expectation, want"
                        + " `// expect: id \"fragment\", id` (fragment optional): " + text.substring(head.start()));
            }
            String fragment = item.group(2);
            expectations.add(new Expectation(file, line, item.group(1), fragment == null ? "" : fragment));
            if (item.group(3).isEmpty()) {
                return expectations;
            }
            position = item.end();
        }
    }

    public static List<String> readLines(Path file) {
        try {
            return new ArrayList<>(Files.readAllLines(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
