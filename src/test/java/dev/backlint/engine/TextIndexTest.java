package dev.backlint.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.backlint.api.TextIndexKind;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the text of every file says, read once per scan, and what reading it makes a file depend on. */
class TextIndexTest {

    @TempDir
    Path dir;

    /** The names of the methods called as statements in a file. */
    private static final TextIndexKind CALLED = new TextIndexKind() {
        @Override
        public String id() {
            return "test.called";
        }

        @Override
        public void collect(String text, Set<String> into) {
            Matcher call = Pattern.compile("(\\w+)\\(\\);").matcher(text);
            while (call.find()) {
                into.add(call.group(1));
            }
        }
    };

    @Test
    void readsEveryFileOnceAndTheAskerDependsOnAll() {
        TempProject project = new TempProject(dir);
        SourceFile first = new SourceFile(project.write("a/First.java", "class First { void f() { alpha(); } }"),
                "a/First.java", false);
        SourceFile second = new SourceFile(project.write("b/Second.java", "class Second { void g() { beta(); } }"),
                "b/Second.java", false);
        ProjectIndex index = new ProjectIndex(List.of(first, second), file -> FileFacts.empty());

        Dependencies.Recorder recorder = new Dependencies.Recorder(first);
        index.startRecording(recorder);
        Set<String> names = index.textIndex(CALLED);
        index.stopRecording();

        assertEquals(Set.of("alpha", "beta"), names);
        assertTrue(recorder.build(false).everyFile(), "an analysis that read every file's text depends on every file");
        Dependencies.Recorder other = new Dependencies.Recorder(second);
        assertFalse(other.build(false).everyFile());
    }

    /** Counts the files it is given to read, and reads with a companion kind. */
    private static final class Counting implements TextIndexKind {
        private final String id;
        private final java.util.concurrent.atomic.AtomicInteger read = new java.util.concurrent.atomic.AtomicInteger();
        private TextIndexKind companion;

        Counting(String id) {
            this.id = id;
        }

        @Override
        public String id() {
            return id;
        }

        @Override
        public void collect(String text, Set<String> into) {
            read.incrementAndGet();
            into.add(id + ":" + text.length());
        }

        @Override
        public List<TextIndexKind> readWith() {
            return companion == null ? List.of() : List.of(companion);
        }
    }

    @Test
    void kindsReadTogetherAreBuiltInOneReadingOfTheFiles() {
        TempProject project = new TempProject(dir);
        SourceFile only = new SourceFile(project.write("Only.java", "class Only { }"), "Only.java", false);
        ProjectIndex index = new ProjectIndex(List.of(only), file -> FileFacts.empty());
        Counting asked = new Counting("asked");
        Counting companion = new Counting("companion");
        asked.companion = companion;

        assertEquals(Set.of("asked:14"), index.textIndex(asked));
        assertEquals(1, companion.read.get(), "the companion read the file with the kind asked for");
        assertEquals(Set.of("companion:14"), index.textIndex(companion));
        assertEquals(1, companion.read.get(), "and is not read again when asked for itself");
        assertEquals(1, asked.read.get());
    }

    @Test
    void everyIndexTheRulesReadOnTheFixturesIsDeclared(@org.junit.jupiter.api.io.TempDir Path dir)
            throws java.io.IOException {
        Path fixtures = Path.of(System.getProperty("backlint.fixtures", "../test-fixtures")).toAbsolutePath().normalize();
        RuleRegistry registry = RuleRegistry.standard();
        ScanRequest request = ScanRequest.builder().path(fixtures).sourceRoot(fixtures).enable(registry.ids())
                .cacheFile(dir.resolve("cache")).threads(2).build();
        new Analyzer().analyze(request);

        List<dev.backlint.api.Rule> rules = registry.select(request.enable(), request.disable());
        Set<String> read = new java.util.TreeSet<>();
        for (ResultCache.Entry entry : new ResultCache(request.cacheFile(), ResultCache.key(request, fixtures, rules))
                .load().values()) {
            if (entry.outcome() != null) {
                read.addAll(entry.decodeResult().dependencies().textKinds());
            }
        }
        Set<String> declared = new java.util.TreeSet<>();
        Analyses.standard().textIndexes().forEach(kind -> declared.add(kind.id()));
        rules.forEach(rule -> rule.textIndexes().forEach(kind -> declared.add(kind.id())));

        assertFalse(read.isEmpty(), "the fixtures make rules read text indexes");
        assertTrue(declared.containsAll(read), "read " + read + ", declared " + declared);
    }
}
