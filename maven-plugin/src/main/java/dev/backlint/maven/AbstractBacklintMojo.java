package dev.backlint.maven;

import dev.backlint.api.Level;
import dev.backlint.engine.Analyzer;
import dev.backlint.engine.ConfigFile;
import dev.backlint.engine.ConfigurationException;
import dev.backlint.engine.ScanRequest;
import dev.backlint.engine.ScanResult;
import dev.backlint.engine.Shard;
import dev.backlint.engine.SourceRoots;
import dev.backlint.report.Format;
import dev.backlint.report.RenderOptions;
import dev.backlint.report.Renderer;
import dev.backlint.report.SarifRenderer;
import dev.backlint.report.TextRenderer;
import java.io.File;
import java.io.IOException;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;

/**
 * What the goals share: the parameters, copied into a {@link ScanRequest} for the same
 * {@link Analyzer} the command line uses, and the reports written from its result.
 */
abstract class AbstractBacklintMojo extends AbstractMojo {

    @Parameter(defaultValue = "${project}", readonly = true, required = true)
    protected MavenProject project;

    @Parameter(defaultValue = "${session}", readonly = true, required = true)
    protected MavenSession session;

    /** Skips the goal. */
    @Parameter(property = "backlint.skip", defaultValue = "false")
    protected boolean skip;

    /**
     * The configuration file; by default {@code backlint.yml} of the module, else of the
     * folder Maven was started in, else of the git work tree. Parameters set here override it.
     */
    @Parameter(property = "backlint.configFile")
    protected File configFile;

    /** The level at which findings fail the build: error, warning, note or none (default: error). */
    @Parameter(property = "backlint.failOn")
    protected String failOn;

    /** Rule ids to run, comma-separated; empty for every rule. */
    @Parameter(property = "backlint.enable")
    protected String enable;

    /** Rule ids not to run, comma-separated. */
    @Parameter(property = "backlint.disable")
    protected String disable;

    /** Per-rule levels, comma-separated {@code id=level} pairs: {@code select-star=error}. */
    @Parameter(property = "backlint.levels")
    protected String levels;

    /** Whether test sources are scanned too (default: false). */
    @Parameter(property = "backlint.includeTests")
    protected Boolean includeTests;

    /** Glob patterns of paths to skip, comma-separated. */
    @Parameter(property = "backlint.excludes")
    protected String excludes;

    /** Glob patterns of the only files to scan, comma-separated. */
    @Parameter(property = "backlint.includes")
    protected String includes;

    /** The configuration file's settings, read when the goal starts. */
    private ConfigFile settings = ConfigFile.none();

    /** Where the SARIF report is written. */
    @Parameter(property = "backlint.sarifFile", defaultValue = "${project.build.directory}/backlint.sarif")
    protected File sarifFile;

    /**
     * More reports, comma-separated: {@code html} ({@code backlint.html}), {@code checkstyle}
     * ({@code backlint-checkstyle.xml}), {@code junit} ({@code TEST-backlint.xml}, where CI test
     * reporters look), {@code json} ({@code backlint.json}), {@code text} ({@code backlint.txt})
     * in {@link #reportDirectory}, and {@code github}: workflow commands on standard output,
     * which GitHub Actions shows as annotations.
     */
    @Parameter(property = "backlint.formats")
    protected String formats;

    /** Where the reports of {@link #formats} are written. */
    @Parameter(property = "backlint.reportDirectory", defaultValue = "${project.build.directory}")
    protected File reportDirectory;

    /** Where a text report is written too; none when unset. */
    @Parameter(property = "backlint.textFile")
    protected File textFile;

    /** Worker threads; all cores when unset. */
    @Parameter(property = "backlint.threads")
    protected Integer threads;

    /** Seconds one rule may spend on one file before it is stopped there and reported. */
    @Parameter(property = "backlint.ruleTimeout", defaultValue = "20")
    protected int ruleTimeout = 20;

    /** Whether files that cannot be parsed fail the build (the compiler accepted them, so by default they do not). */
    @Parameter(property = "backlint.failOnParseErrors", defaultValue = "false")
    protected boolean failOnParseErrors;

    /** A SARIF report of accepted findings (an earlier run's): only newer findings are reported. */
    @Parameter(property = "backlint.baseline")
    protected File baseline;

    /**
     * A git ref: only the files changed since its merge base with {@code HEAD} are checked
     * (a pull request's files); every file is still read for what the others need.
     */
    @Parameter(property = "backlint.changedSince")
    protected String changedSince;

    /** With {@link #changedSince}, only findings on lines added or changed since then. */
    @Parameter(property = "backlint.newLinesOnly", defaultValue = "false")
    protected boolean newLinesOnly;

    /**
     * {@code I/N}: check only part I of N of the files (split by a hash of their paths), for
     * the jobs of a CI matrix; {@code backlint merge} joins the parts' reports.
     */
    @Parameter(property = "backlint.shard")
    protected String shard;

    /** Where to write today's findings as a baseline for {@link #baseline}; none when unset. */
    @Parameter(property = "backlint.writeBaseline")
    protected File writeBaseline;

    /** A SARIF category for GitHub code scanning ({@code automationDetails.id}); none when unset. */
    @Parameter(property = "backlint.category")
    protected String category;

    /** Whether the goal fails the build when findings reach {@link #failOn}. */
    protected abstract boolean failsBuild();

    /** The scans to run and merge into one report. */
    protected abstract List<ScanRequest> requests() throws MojoExecutionException;

    @Override
    public final void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("backlint: skipped");
            return;
        }
        Analyzer analyzer = new Analyzer();
        settings = configuration(analyzer);
        Level threshold = threshold();
        List<ScanRequest> requests = requests();
        if (requests.isEmpty()) {
            getLog().info("backlint: no source folders to scan");
            return;
        }
        List<ScanResult> results = new ArrayList<>();
        try {
            for (ScanRequest request : requests) {
                results.add(analyzer.analyze(request));
            }
        } catch (ConfigurationException e) {
            throw new MojoExecutionException("backlint: " + e.getMessage(), e);
        }
        ScanResult result = ScanResult.merge(results);
        writeReports(result);
        long failing = threshold == null ? 0
                : result.reported().stream().filter(f -> f.level().atLeast(threshold)).count();
        if (!failsBuild()) {
            return;
        }
        if (failing > 0) {
            throw new MojoFailureException("backlint found " + failing + " finding" + (failing == 1 ? "" : "s")
                    + " at level " + threshold.id() + " or above; see " + sarifFile);
        }
        if (failOnParseErrors && result.hasFailedFiles()) {
            throw new MojoFailureException("backlint could not parse " + result.filesFailed() + " file"
                    + (result.filesFailed() == 1 ? "" : "s") + "; see " + sarifFile);
        }
        if (result.hasInternalErrors()) {
            throw new MojoExecutionException("backlint stopped a rule on some files; see " + sarifFile);
        }
    }

    /** The configuration file given, else the first found; {@link ConfigFile#none()} for none. */
    private ConfigFile configuration(Analyzer analyzer) throws MojoExecutionException {
        try {
            if (configFile != null) {
                if (!configFile.isFile()) {
                    throw new MojoExecutionException("backlint: the configuration " + configFile + " does not exist");
                }
                return ConfigFile.read(configFile.toPath(), analyzer.registry());
            }
            for (Path folder : List.of(project.getBasedir().toPath(), Path.of(session.getExecutionRootDirectory()),
                    reportRoot())) {
                Path candidate = folder.resolve(ConfigFile.NAME);
                if (Files.isRegularFile(candidate)) {
                    getLog().info("backlint: configuration " + candidate);
                    return ConfigFile.read(candidate, analyzer.registry());
                }
            }
            return ConfigFile.none();
        } catch (ConfigurationException e) {
            throw new MojoExecutionException("backlint: " + e.getMessage(), e);
        }
    }

    /** Whether test sources are scanned: the parameter, else the configuration file. */
    protected boolean includesTests() {
        return settings.testsIncluded(includeTests);
    }

    /** A request for one project's sources, resolving types against its classpath. */
    protected ScanRequest request(MavenProject module) throws MojoExecutionException {
        boolean includeTests = includesTests();
        List<Path> roots = new ArrayList<>();
        addExisting(roots, module.getCompileSourceRoots());
        if (includeTests) {
            addExisting(roots, module.getTestCompileSourceRoots());
        }
        if (roots.isEmpty()) {
            return null;
        }
        List<Path> classpath = new ArrayList<>();
        try {
            for (String element : includeTests ? module.getTestClasspathElements() : module.getCompileClasspathElements()) {
                Path entry = Path.of(element);
                if (Files.isRegularFile(entry)) {
                    classpath.add(entry);
                }
            }
        } catch (org.apache.maven.artifact.DependencyResolutionRequiredException e) {
            getLog().warn("backlint: the classpath of " + module.getArtifactId() + " is not resolved; "
                    + "types from its dependencies are read from imports only");
        }
        ScanRequest.Builder builder = settings.request(split(enable), split(disable), split(excludes),
                        split(includes), includeTests)
                .paths(roots)
                .sourceRoot(reportRoot())
                .classpath(classpath)
                .changedSince(changedSince)
                .newLinesOnly(newLinesOnly)
                .baseline(baseline == null ? null : baseline.toPath());
        builder.ruleTimeBudget(java.time.Duration.ofSeconds(ruleTimeout));
        if (threads != null) {
            builder.threads(threads);
        }
        for (String pair : split(levels)) {
            int equals = pair.indexOf('=');
            if (equals <= 0) {
                throw new MojoExecutionException("backlint: levels takes id=level pairs, not '" + pair + "'");
            }
            try {
                builder.level(pair.substring(0, equals).trim(), Level.parse(pair.substring(equals + 1)));
            } catch (IllegalArgumentException e) {
                throw new MojoExecutionException("backlint: " + e.getMessage(), e);
            }
        }
        try {
            builder.shard(shard == null || shard.isBlank() ? null : Shard.parse(shard));
            return builder.build();
        } catch (ConfigurationException e) {
            throw new MojoExecutionException("backlint: " + e.getMessage(), e);
        }
    }

    /**
     * What reported paths are relative to: the git work tree around the build, else the
     * folder Maven was started in, so that every module's SARIF fits the repository.
     */
    protected Path reportRoot() {
        Path start = Path.of(session.getExecutionRootDirectory());
        return SourceRoots.reportRoot(List.of(start));
    }

    private Level threshold() throws MojoExecutionException {
        String given = failOn != null ? failOn : settings.failOn() != null ? settings.failOn() : "error";
        String value = given.trim().toLowerCase(Locale.ROOT);
        if (value.equals("none")) {
            return null;
        }
        try {
            return Level.parse(value);
        } catch (IllegalArgumentException e) {
            throw new MojoExecutionException("backlint: failOn must be error, warning, note or none, not '"
                    + failOn + "'", e);
        }
    }

    private void writeReports(ScanResult result) throws MojoExecutionException {
        try {
            write(sarifFile.toPath(), out -> new SarifRenderer(false, category).render(result, out));
            for (String name : split(formats)) {
                Format format;
                try {
                    format = Format.parse(name);
                } catch (IllegalArgumentException e) {
                    throw new MojoExecutionException("backlint: formats: " + e.getMessage(), e);
                }
                Renderer renderer = format.renderer(new RenderOptions(false, false, category));
                if (format == Format.GITHUB) {
                    // workflow commands must start their line: Maven's log would prefix them
                    java.io.PrintWriter stdout = new java.io.PrintWriter(new java.io.OutputStreamWriter(System.out,
                            StandardCharsets.UTF_8));
                    renderer.render(result, stdout);
                    stdout.flush();
                } else if (format != Format.SARIF) {
                    Path file = reportDirectory.toPath().resolve(reportName(format));
                    write(file, out -> renderer.render(result, out));
                    getLog().info("backlint: " + format.id() + " report " + file);
                }
            }
            if (writeBaseline != null) {
                write(writeBaseline.toPath(), out -> SarifRenderer.writeBaseline(result, out));
                getLog().info("backlint: baseline written to " + writeBaseline);
            }
            if (textFile != null) {
                write(textFile.toPath(), out -> new TextRenderer(false).render(result, out));
            }
            StringWriter text = new StringWriter();
            new TextRenderer(false).render(result, text);
            boolean findings = !result.reported().isEmpty() || !result.notifications().isEmpty();
            for (String line : text.toString().split("\n")) {
                if (findings) {
                    getLog().warn(line);
                } else {
                    getLog().info(line);
                }
            }
            getLog().info("backlint: SARIF report " + sarifFile);
        } catch (IOException e) {
            throw new MojoExecutionException("backlint: could not write the reports: " + e.getMessage(), e);
        }
    }

    /** The file name of a report of {@link #formats}. */
    static String reportName(Format format) {
        return switch (format) {
            case HTML -> "backlint.html";
            case CHECKSTYLE -> "backlint-checkstyle.xml";
            case JUNIT -> "TEST-backlint.xml";
            case JSON -> "backlint.json";
            case TEXT -> "backlint.txt";
            case SARIF -> "backlint.sarif";
            case GITHUB -> "backlint-github.txt";
        };
    }

    private interface Rendering {
        void render(Writer out) throws IOException;
    }

    private static void write(Path file, Rendering rendering) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            rendering.render(out);
        }
    }

    private static void addExisting(List<Path> roots, List<String> folders) {
        for (String folder : folders) {
            Path path = Path.of(folder);
            if (Files.isDirectory(path)) {
                roots.add(path);
            }
        }
    }

    static List<String> split(String list) {
        if (list == null || list.isBlank()) {
            return List.of();
        }
        return Arrays.stream(list.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
    }
}
