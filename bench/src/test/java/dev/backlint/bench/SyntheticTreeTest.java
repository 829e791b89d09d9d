package dev.backlint.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import com.github.javaparser.JavaParser;
import com.github.javaparser.ParseResult;
import com.github.javaparser.ParserConfiguration;
import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.ImportDeclaration;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.expr.AnnotationExpr;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.MethodReferenceExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.type.ClassOrInterfaceType;
import com.github.javaparser.ast.type.TypeParameter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SyntheticTreeTest {

    private static final int LINES = 20_000;

    /** The {@code java.lang} types the generated code uses without importing them. */
    private static final Set<String> JAVA_LANG = Set.of("Boolean", "Character", "Class", "Exception", "Integer",
            "IllegalArgumentException", "IllegalStateException", "InterruptedException", "Long", "Math",
            "NumberFormatException", "Object", "Override", "RuntimeException", "String", "StringBuilder", "System",
            "Thread", "AutoCloseable", "Void");

    /** How each kind of file shows in its source, checked on the written files rather than on the generator's word. */
    private static final Map<String, Pattern> KINDS = kinds();

    private static Map<String, Pattern> kinds() {
        Map<String, Pattern> kinds = new LinkedHashMap<>();
        kinds.put("@RestController", Pattern.compile("@RestController"));
        kinds.put("@Service", Pattern.compile("@Service\\s"));
        kinds.put("JpaRepository with @Query", Pattern.compile("extends JpaRepository<(?s).*@Query"));
        kinds.put("JdbcTemplate DAO", Pattern.compile("private final JdbcTemplate jdbcTemplate;"));
        kinds.put("plain JDBC", Pattern.compile("dataSource\\.getConnection\\(\\)"));
        kinds.put("shared SQL class", Pattern.compile("public final class \\w+Sql \\{"));
        kinds.put("HTTP client", Pattern.compile("public class \\w+Client \\{"));
        kinds.put("@Entity", Pattern.compile("@Entity"));
        kinds.put("record", Pattern.compile("public record \\w+\\("));
        kinds.put("@Configuration", Pattern.compile("@Configuration"));
        kinds.put("enum", Pattern.compile("public enum \\w+"));
        kinds.put("utility class",
                Pattern.compile("(?s)public final class (\\w+) \\{.*private \\1\\(\\) \\{.*public static"));
        kinds.put("test", Pattern.compile("@Test"));
        return kinds;
    }

    @Test
    void writesAboutTheRequestedLinesOfEveryKindThatParseWithConsistentImports(@TempDir Path dir) throws IOException {
        Summary summary = SyntheticTree.generate(LINES, dir, SyntheticTree.DEFAULT_SEED);

        List<Path> files = javaFiles(dir);
        long lines = 0;
        Map<String, Integer> kinds = new LinkedHashMap<>();
        KINDS.keySet().forEach(kind -> kinds.put(kind, 0));
        JavaParser parser = new JavaParser(
                new ParserConfiguration().setLanguageLevel(ParserConfiguration.LanguageLevel.JAVA_17));
        List<String> failures = new ArrayList<>();
        Map<Path, CompilationUnit> units = new LinkedHashMap<>();
        for (Path file : files) {
            String text = Files.readString(file, StandardCharsets.UTF_8);
            lines += text.chars().filter(c -> c == '\n').count();
            KINDS.forEach((kind, pattern) -> {
                if (pattern.matcher(text).find()) {
                    kinds.merge(kind, 1, Integer::sum);
                }
            });
            ParseResult<CompilationUnit> result = parser.parse(file);
            if (result.isSuccessful()) {
                units.put(dir.relativize(file), result.getResult().orElseThrow());
            } else {
                failures.add(dir.relativize(file) + ": " + result.getProblems().get(0).getVerboseMessage());
            }
        }

        assertTrue(failures.isEmpty(), failures.size() + " files do not parse:\n" + String.join("\n", failures));
        List<String> importProblems = importProblems(units);
        assertTrue(importProblems.isEmpty(), importProblems.size() + " import problems:\n"
                + String.join("\n", importProblems.subList(0, Math.min(20, importProblems.size()))));
        assertEquals(summary.files(), files.size(), "files reported and on disk");
        assertEquals(summary.lines(), lines, "lines reported and on disk");
        assertTrue(Math.abs(lines - LINES) <= LINES * 0.03, "wrote " + lines + " lines for " + LINES);
        kinds.forEach((kind, count) -> assertTrue(count > 0, "no file of kind " + kind + " in " + kinds));
    }

    @Test
    void staysWithinThreePercentForSmallAndOddSizes(@TempDir Path dir) throws IOException {
        for (int lines : new int[] {1_000, 1_777, 4_321, 9_999}) {
            Summary summary = SyntheticTree.generate(lines, dir.resolve("tree-" + lines), 7);

            assertTrue(Math.abs(summary.lines() - lines) <= lines * 0.03,
                    "wrote " + summary.lines() + " lines for " + lines);
        }
    }

    @Test
    void sameSeedGivesTheSameTreeAndAnotherSeedAnother(@TempDir Path dir) throws IOException {
        SyntheticTree.generate(LINES, dir.resolve("first"), 42);
        SyntheticTree.generate(LINES, dir.resolve("second"), 42);
        SyntheticTree.generate(LINES, dir.resolve("other"), 43);

        String first = digest(dir.resolve("first"));
        assertEquals(first, digest(dir.resolve("second")), "two trees of seed 42");
        assertNotEquals(first, digest(dir.resolve("other")), "trees of seeds 42 and 43");
    }

    /**
     * Type names used but neither imported, declared in the file, in the package nor in
     * {@code java.lang}; and imports that clash with another import or a type of the package.
     */
    private static List<String> importProblems(Map<Path, CompilationUnit> units) {
        Map<String, Set<String>> packageTypes = new HashMap<>();
        units.values().forEach(unit -> unit.getTypes().forEach(type -> packageTypes
                .computeIfAbsent(packageOf(unit), name -> new HashSet<>()).add(type.getNameAsString())));
        List<String> problems = new ArrayList<>();
        units.forEach((path, unit) -> {
            Set<String> inPackage = packageTypes.get(packageOf(unit));
            Set<String> known = new HashSet<>(JAVA_LANG);
            known.addAll(inPackage);
            unit.findAll(TypeDeclaration.class).forEach(type -> known.add(type.getNameAsString()));
            unit.findAll(TypeParameter.class).forEach(type -> known.add(type.getNameAsString()));
            for (ImportDeclaration declaration : unit.getImports()) {
                String name = declaration.getName().getIdentifier();
                if (!declaration.isStatic() && (!known.add(name) || inPackage.contains(name))) {
                    problems.add(path + ": import of " + name + " clashes");
                }
            }
            for (String used : usedTypeNames(unit)) {
                if (!known.contains(used)) {
                    problems.add(path + ": " + used + " is not imported");
                }
            }
        });
        return problems;
    }

    private static String packageOf(CompilationUnit unit) {
        return unit.getPackageDeclaration().orElseThrow().getNameAsString();
    }

    /** Simple names of the types in declarations and annotations, and of capitalized qualifiers like {@code Map.of}. */
    private static Set<String> usedTypeNames(CompilationUnit unit) {
        Set<String> used = new TreeSet<>();
        for (ClassOrInterfaceType type : unit.findAll(ClassOrInterfaceType.class)) {
            ClassOrInterfaceType outermost = type;
            while (outermost.getScope().isPresent()) {
                outermost = outermost.getScope().get();
            }
            used.add(outermost.getNameAsString());
        }
        unit.findAll(AnnotationExpr.class).forEach(annotation -> used.add(annotation.getName().getIdentifier()));
        for (NameExpr name : unit.findAll(NameExpr.class)) {
            Node parent = name.getParentNode().orElseThrow();
            boolean qualifier = parent instanceof MethodCallExpr call && call.getScope().orElse(null) == name
                    || parent instanceof FieldAccessExpr access && access.getScope() == name
                    || parent instanceof MethodReferenceExpr reference && reference.getScope() == name;
            if (qualifier && name.getNameAsString().matches("[A-Z].*[a-z].*")) {
                used.add(name.getNameAsString());
            }
        }
        return used;
    }

    @Test
    void mainPrintsOneLineOfWhatItWrote(@TempDir Path dir) throws IOException {
        Path out = dir.resolve("tree");
        PrintStream standardOut = System.out;
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));
        try {
            SyntheticTree.main(new String[] {"--lines", "2000", "--out", out.toString(), "--seed", "3"});
        } finally {
            System.setOut(standardOut);
        }

        List<Path> files = javaFiles(out);
        long lines = 0;
        for (Path file : files) {
            lines += Files.readString(file, StandardCharsets.UTF_8).chars().filter(c -> c == '\n').count();
        }
        assertEquals("wrote " + files.size() + " files, " + lines + " lines to " + out + System.lineSeparator(),
                printed.toString(StandardCharsets.UTF_8));
    }

    private static List<Path> javaFiles(Path dir) throws IOException {
        try (Stream<Path> paths = Files.walk(dir)) {
            return paths.filter(path -> path.toString().endsWith(".java")).sorted().toList();
        }
    }

    /** A digest of every file's path (relative to {@code dir}) and bytes, in path order. */
    private static String digest(Path dir) throws IOException {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            try (Stream<Path> paths = Files.walk(dir)) {
                for (Path path : paths.filter(Files::isRegularFile).sorted().toList()) {
                    digest.update(dir.relativize(path).toString().getBytes(StandardCharsets.UTF_8));
                    digest.update((byte) 0);
                    digest.update(Files.readAllBytes(path));
                }
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
