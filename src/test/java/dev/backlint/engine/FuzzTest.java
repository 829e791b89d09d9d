package dev.backlint.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.backlint.Fixtures;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Mutated copies of the fixture files (bytes flipped, text cut short, tokens deleted
 * and repeated, lines swapped, NUL bytes and unbalanced brackets inserted), scanned
 * with every rule: no exception may escape the engine or a rule, and every file must be
 * accounted for, analysed or named in a notification. The mutations are seeded and so
 * repeatable; {@code -Dbacklint.fuzz.seed} and {@code -Dbacklint.fuzz.count} choose
 * others for longer runs, and {@code -Dbacklint.fuzz.keep=DIR} keeps the mutants there
 * to reproduce a failure with the command line.
 */
class FuzzTest {

    private static final long SEED = Long.getLong("backlint.fuzz.seed", 20261123L);
    private static final int COUNT = Integer.getInteger("backlint.fuzz.count", 2000);

    @TempDir
    Path dir;

    @Test
    void mutatedSourcesNeverBreakTheScanAndEveryFileIsAccountedFor() throws IOException {
        List<byte[]> originals = new ArrayList<>();
        for (Path folder : Fixtures.folders()) {
            for (Path file : Fixtures.javaFiles(folder)) {
                originals.add(Files.readAllBytes(file));
            }
        }
        Path root = Path.of(System.getProperty("backlint.fuzz.keep", dir.toString()));
        Random random = new Random(SEED);
        Map<String, String> mutations = new TreeMap<>();
        for (int i = 0; i < COUNT; i++) {
            byte[] original = originals.get(random.nextInt(originals.size()));
            Mutation mutation = Mutation.values()[random.nextInt(Mutation.values().length)];
            String name = String.format("m%02d/Mutant%05d.java", i % 50, i);
            Path file = Path.of(System.getProperty("backlint.fuzz.keep", dir.toString())).resolve(name);
            Files.createDirectories(file.getParent());
            Files.write(file, mutation.apply(original, random));
            mutations.put(name, mutation.name());
        }

        ScanResult result = new Analyzer().analyze(ScanRequest.builder()
                .paths(List.of(root)).sourceRoot(root).threads(2).includeTests(true)
                .enable(RuleRegistry.standard().ids()).build()); // every rule, opt-in ones too

        List<String> escaped = result.notifications().stream()
                .filter(n -> n.kind() == Notification.Kind.RULE_FAILURE || n.kind() == Notification.Kind.INTERNAL_ERROR)
                .map(n -> n.uri() + " (" + mutations.get(n.uri()) + "): " + n.message())
                .toList();
        assertEquals(List.of(), escaped, "exceptions escaped (seed " + SEED + ")");

        Set<String> skipped = uris(result, Notification.Kind.SKIPPED);
        Set<String> failed = uris(result, Notification.Kind.PARSE_ERROR);
        failed.addAll(uris(result, Notification.Kind.READ_ERROR));
        assertEquals(COUNT, result.filesScanned() + result.filesFailed() + skipped.size(),
                "every file analysed, failed or skipped (seed " + SEED + ")");
        assertEquals(result.filesFailed(), failed.size(), "every failed file named (seed " + SEED + ")");
        Set<String> named = new TreeSet<>(mutations.keySet());
        result.notifications().stream().map(Notification::uri).forEach(uri ->
                assertEquals(true, uri == null || named.contains(uri), "notification for an unknown file: " + uri));
        result.findings().forEach(finding -> assertEquals(true, named.contains(finding.location().path()),
                "finding in an unknown file: " + finding.location().path()));
    }

    private static Set<String> uris(ScanResult result, Notification.Kind kind) {
        return result.notifications().stream().filter(n -> n.kind() == kind && n.uri() != null)
                .map(Notification::uri).collect(Collectors.toCollection(TreeSet::new));
    }

    /** One way of breaking a source file. */
    private enum Mutation {
        FLIP_BYTES {
            @Override
            byte[] apply(byte[] source, Random random) {
                byte[] copy = source.clone();
                for (int i = 0, flips = 1 + random.nextInt(8); i < flips && copy.length > 0; i++) {
                    copy[random.nextInt(copy.length)] ^= (byte) (1 << random.nextInt(8));
                }
                return copy;
            }
        },
        TRUNCATE {
            @Override
            byte[] apply(byte[] source, Random random) {
                return Arrays.copyOf(source, source.length == 0 ? 0 : random.nextInt(source.length));
            }
        },
        DELETE_TOKEN {
            @Override
            byte[] apply(byte[] source, Random random) {
                List<String> tokens = tokens(source);
                for (int i = 0, deletions = 1 + random.nextInt(4); i < deletions && !tokens.isEmpty(); i++) {
                    tokens.remove(random.nextInt(tokens.size()));
                }
                return String.join("", tokens).getBytes(StandardCharsets.UTF_8);
            }
        },
        REPEAT_TOKEN {
            @Override
            byte[] apply(byte[] source, Random random) {
                List<String> tokens = tokens(source);
                if (tokens.isEmpty()) {
                    return source;
                }
                int at = random.nextInt(tokens.size());
                String token = tokens.get(at);
                for (int i = 0, times = 1 + random.nextInt(random.nextBoolean() ? 3 : 300); i < times; i++) {
                    tokens.add(at, token);
                }
                return String.join("", tokens).getBytes(StandardCharsets.UTF_8);
            }
        },
        SWAP_LINES {
            @Override
            byte[] apply(byte[] source, Random random) {
                List<String> lines = new ArrayList<>(Arrays.asList(new String(source, StandardCharsets.UTF_8).split("\n", -1)));
                int a = random.nextInt(lines.size());
                int b = random.nextInt(lines.size());
                String line = lines.get(a);
                lines.set(a, lines.get(b));
                lines.set(b, line);
                return String.join("\n", lines).getBytes(StandardCharsets.UTF_8);
            }
        },
        INSERT_NOISE {
            private static final String[] NOISE = {"\0", "{", "}", "(", ")", "\"", "'", "/*", "*/", "\\u", "\\u0022",
                "<<<<<<< HEAD\n", "\r", "\uFEFF", "@", "->", "::", "...", "{{{{{{{{{{{{", "))))))))", "\uD800", "é"};

            @Override
            byte[] apply(byte[] source, Random random) {
                String text = new String(source, StandardCharsets.UTF_8);
                StringBuilder mutated = new StringBuilder(text);
                for (int i = 0, inserts = 1 + random.nextInt(5); i < inserts; i++) {
                    mutated.insert(random.nextInt(mutated.length() + 1), NOISE[random.nextInt(NOISE.length)]);
                }
                return mutated.toString().getBytes(StandardCharsets.UTF_8);
            }
        };

        abstract byte[] apply(byte[] source, Random random);

        /** Words, runs of spaces and single punctuation marks, which join back to the text. */
        static List<String> tokens(byte[] source) {
            List<String> tokens = new ArrayList<>();
            java.util.regex.Matcher matcher = java.util.regex.Pattern.compile("\\w+|\\s+|.", java.util.regex.Pattern.DOTALL)
                    .matcher(new String(source, StandardCharsets.UTF_8));
            while (matcher.find()) {
                tokens.add(matcher.group());
            }
            return tokens;
        }
    }
}
