package dev.backlint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.backlint.api.Rule;
import dev.backlint.api.RuleInfo;
import dev.backlint.engine.RuleDescriptor;
import dev.backlint.engine.RuleRegistry;
import java.io.IOException;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Fails the build when a convention of the project is broken, so that none rots. */
class ConventionsTest {

    /** A field, local or creation of a {@code ThreadLocal}: its type with type arguments, or a factory call. */
    private static final java.util.regex.Pattern THREAD_LOCAL_USE = java.util.regex.Pattern.compile(
            "\\bThreadLocal\\s*<|new\\s+ThreadLocal\\b|ThreadLocal\\.withInitial");

    private static final Path MAIN_SOURCES = Path.of("main/java");
    private static final Path SERVICES = Path.of("main/resources/META-INF/services/dev.backlint.api.Rule");
    private static final Path README = Path.of("../README.md");
    private static final Path PLUGIN_SOURCES = Path.of("../maven-plugin/src/main/java");

    private final List<Rule> rules = RuleRegistry.standard().all();

    @Test
    void everyRuleHasAFinalClassNamedAfterItsIdADocAndBothKindsOfFixtures() {
        List<String> problems = new ArrayList<>();
        for (Rule rule : rules) {
            String id = rule.info().id();
            Class<?> type = rule.getClass();
            if (!Modifier.isFinal(type.getModifiers())) problems.add(id + ": class is not final");
            if (!type.getSimpleName().equals(pascalCase(id))) {
                problems.add(id + ": class " + type.getSimpleName() + " should be named " + pascalCase(id));
            }
            if (!type.getPackageName().startsWith("dev.backlint.rules.")) {
                problems.add(id + ": class is not in a dev.backlint.rules.<topic> package");
            }
            if (!Files.isRegularFile(Fixtures.docs().resolve(id + ".md"))) problems.add(id + ": no rules/" + id + ".md");
            Path fixtures = Fixtures.root().resolve(id);
            List<String> names = Files.isDirectory(fixtures)
                    ? Fixtures.javaFiles(fixtures).stream().map(p -> p.getFileName().toString()).toList() : List.of();
            if (names.stream().noneMatch(n -> n.startsWith("positive_"))) problems.add(id + ": no positive fixture");
            if (names.stream().noneMatch(n -> n.startsWith("negative_"))) problems.add(id + ": no negative fixture");
        }
        assertEquals(List.of(), problems, "rules breaking the one-class-one-doc-one-fixture-folder convention");
    }

    @Test
    void everyDocAndFixtureFolderBelongsToARule() throws IOException {
        Set<String> ids = ids();
        Set<String> orphans = new TreeSet<>();
        try (Stream<Path> docs = Files.list(Fixtures.docs())) {
            docs.map(p -> p.getFileName().toString())
                    .filter(n -> n.endsWith(".md"))
                    .map(n -> n.substring(0, n.length() - 3))
                    .filter(id -> !ids.contains(id))
                    .forEach(id -> orphans.add("rules/" + id + ".md"));
        }
        for (Path folder : Fixtures.folders()) {
            if (!ids.contains(folder.getFileName().toString())) {
                orphans.add("test-fixtures/" + folder.getFileName());
            }
        }
        assertEquals(Set.of(), orphans, "docs or fixture folders without a rule");
    }

    @Test
    void ruleMetadataIsWellFormed() {
        List<String> problems = new ArrayList<>();
        for (Rule rule : rules) {
            RuleInfo info = rule.info();
            RuleDescriptor descriptor = RuleDescriptor.of(rule);
            if (!info.id().matches("[a-z][a-z0-9]*(-[a-z0-9]+)*")) problems.add(info.id() + ": id is not kebab-case");
            if (info.summary().isBlank() || info.summary().endsWith(".")) {
                problems.add(info.id() + ": summary must be one line without a trailing period");
            }
            if (info.securitySeverity() < 0 || info.securitySeverity() > 10) {
                problems.add(info.id() + ": security severity outside (0, 10]");
            }
            if (info.cwe() < 0) problems.add(info.id() + ": negative CWE");
            if (Set.copyOf(Arrays.asList(info.tags())).size() != info.tags().length) {
                problems.add(info.id() + ": duplicate tags");
            }
            if (!descriptor.doc().startsWith("# " + info.id() + "\n")) {
                problems.add(info.id() + ": doc must start with the title '# " + info.id() + "'");
            }
            if (descriptor.fullDescription().equals(info.summary()) || descriptor.fullDescription().length() > 1024) {
                problems.add(info.id() + ": doc needs a first paragraph of at most 1024 characters");
            }
        }
        assertEquals(List.of(), problems, "malformed rule metadata");
    }

    @Test
    void fixturesDescribeThemselvesAndPositivesAloneCarryExpectations() {
        Set<String> ids = ids();
        List<String> problems = new ArrayList<>();
        for (Path folder : Fixtures.folders()) {
            for (Path file : Fixtures.javaFiles(folder)) {
                String name = folder.getFileName() + "/" + file.getFileName();
                List<String> lines = Fixtures.readLines(file);
                if (lines.isEmpty() || !lines.get(0).startsWith("//")) {
                    problems.add(name + ": first line must be a // comment saying what it covers");
                }
                String fileName = file.getFileName().toString();
                if (!fileName.startsWith("positive_") && !fileName.startsWith("negative_")) {
                    problems.add(name + ": name must start with positive_ or negative_");
                }
            }
            for (Fixtures.Expectation expectation : Fixtures.expectations(folder)) {
                if (!ids.contains(expectation.ruleId())) {
                    problems.add(folder.getFileName() + "/" + expectation + ": no such rule");
                }
                if (expectation.file().startsWith("negative_")) {
                    problems.add(folder.getFileName() + "/" + expectation + ": expectation in a negative fixture");
                }
            }
            Set<String> withExpectations = Fixtures.expectations(folder).stream()
                    .map(Fixtures.Expectation::file).collect(Collectors.toSet());
            Fixtures.javaFiles(folder).stream()
                    .map(p -> p.getFileName().toString())
                    .filter(n -> n.startsWith("positive_") && !withExpectations.contains(n))
                    .forEach(n -> problems.add(folder.getFileName() + "/" + n + ": positive fixture expects nothing"));
        }
        assertEquals(List.of(), problems, "fixtures breaking the fixture conventions");
    }

    @Test
    void everyRuleClassIsRegisteredAsAService() throws IOException {
        Set<String> registered = Files.readAllLines(SERVICES).stream()
                .map(String::trim).filter(l -> !l.isEmpty() && !l.startsWith("#"))
                .collect(Collectors.toCollection(TreeSet::new));
        Set<String> declared = new TreeSet<>();
        try (Stream<Path> files = Files.walk(MAIN_SOURCES.resolve("dev/backlint/rules"))) {
            for (Path file : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                if (Files.readString(file).contains("@RuleInfo(")) {
                    String relative = MAIN_SOURCES.relativize(file).toString();
                    declared.add(relative.substring(0, relative.length() - 5).replace('/', '.'));
                }
            }
        }
        assertEquals(declared, registered, "rule classes vs " + SERVICES);
    }

    /**
     * The layers, lowest first, each with the layers it may use: api, then engine, then
     * models, resolve, matchers and flow (in that order among themselves), then rules,
     * then the adapters. A lower layer never uses a higher one, so there are no cycles.
     */
    private static final Map<String, Set<String>> MAY_USE = Map.ofEntries(
            Map.entry("api", Set.of()),
            Map.entry("engine", Set.of("api")),
            Map.entry("models", Set.of("api", "engine")),
            Map.entry("resolve", Set.of("api", "engine", "models")),
            Map.entry("matchers", Set.of("api", "engine", "models", "resolve")),
            Map.entry("flow", Set.of("api", "engine", "models", "resolve", "matchers")),
            Map.entry("rules", Set.of("api", "flow", "matchers", "models", "resolve")),
            Map.entry("report", Set.of("api", "engine")),
            Map.entry("lsp", Set.of("api", "engine", "report")),
            Map.entry("cli", Set.of("api", "engine", "report", "lsp")),
            Map.entry("maven", Set.of("api", "engine", "report")));

    private static final Pattern USE = Pattern.compile("\\bdev\\.backlint\\.([a-z]+)\\.");

    @Test
    void eachLayerUsesOnlyTheLayersBelowIt() throws IOException {
        List<String> problems = new ArrayList<>();
        List<Path> roots = List.of(MAIN_SOURCES.resolve("dev/backlint"), PLUGIN_SOURCES.resolve("dev/backlint"));
        for (Path root : roots) {
            try (Stream<Path> files = Files.walk(root)) {
                for (Path file : files.filter(p -> p.toString().endsWith(".java")).sorted().toList()) {
                    Path relative = root.relativize(file);
                    String layer = relative.getNameCount() > 1 ? relative.getName(0).toString() : "";
                    Set<String> allowed = MAY_USE.get(layer);
                    if (allowed == null) {
                        problems.add(relative + ": in no known layer; add its package to MAY_USE");
                        continue;
                    }
                    for (String line : Files.readAllLines(file)) {
                        if (line.startsWith("package ")) {
                            continue;
                        }
                        Matcher use = USE.matcher(line);
                        while (use.find()) {
                            String used = use.group(1);
                            if (!used.equals(layer) && !allowed.contains(used)) {
                                problems.add(relative + " (" + layer + ") uses " + used + ": " + line.strip());
                            }
                        }
                    }
                }
            }
        }
        assertEquals(List.of(), problems, "layering: api <- engine <- models, resolve, matchers, flow <- rules"
                + " <- report, cli, maven plugin");
    }

    @Test
    void analysesAndRulesKeepNoStateBetweenQuestions() throws IOException {
        // a use of one, not the name in a table of thread-safe types or in a message
        List<String> problems = new ArrayList<>();
        for (String layer : List.of("rules", "flow", "matchers", "models", "resolve")) {
            try (Stream<Path> files = Files.walk(MAIN_SOURCES.resolve("dev/backlint/" + layer))) {
                for (Path file : files.filter(p -> p.toString().endsWith(".java")).sorted().toList()) {
                    String text = Files.readString(file);
                    if (THREAD_LOCAL_USE.matcher(text).find()) {
                        problems.add(MAIN_SOURCES.relativize(file) + " uses a ThreadLocal");
                    }
                }
            }
        }
        assertEquals(List.of(), problems, "per-thread state in the layers rules stand on");
    }

    @Test
    void readmeRuleTableListsEveryRuleWithItsMetadata() throws IOException {
        List<String> lines = Files.readAllLines(README);
        int header = lines.indexOf("| Rule | Level | Tags | Summary |");
        assertTrue(header >= 0, "README.md has no rule table with the header '| Rule | Level | Tags | Summary |'");
        List<String> table = new ArrayList<>();
        for (int i = header + 2; i < lines.size() && lines.get(i).startsWith("|"); i++) {
            table.add(lines.get(i));
        }
        List<String> expected = rules.stream().map(rule -> {
            RuleInfo info = rule.info();
            return "| [" + info.id() + "](rules/" + info.id() + ".md) | " + info.level().id() + " | "
                    + String.join(", ", info.tags()) + " | " + info.summary() + " |";
        }).toList();
        assertEquals(expected, table, "README rule table vs the rules' @RuleInfo");
    }

    private Set<String> ids() {
        return rules.stream().map(r -> r.info().id()).collect(Collectors.toCollection(TreeSet::new));
    }

    private static String pascalCase(String id) {
        return Arrays.stream(id.split("-"))
                .map(part -> part.substring(0, 1).toUpperCase(Locale.ROOT) + part.substring(1))
                .collect(Collectors.joining());
    }
}
