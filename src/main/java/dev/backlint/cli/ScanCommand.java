package dev.backlint.cli;

import dev.backlint.api.Level;
import dev.backlint.engine.Analyzer;
import dev.backlint.engine.ConfigFile;
import dev.backlint.engine.ConfigurationException;
import dev.backlint.engine.ScanProgress;
import dev.backlint.engine.ScanRequest;
import dev.backlint.engine.ScanResult;
import dev.backlint.engine.Shard;
import dev.backlint.report.Format;
import dev.backlint.report.RenderOptions;
import dev.backlint.report.Renderer;
import dev.backlint.report.SarifRenderer;
import dev.backlint.report.TextRenderer;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code backlint scan}: scans Java sources and reports what the rules find. */
@Command(name = "scan", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Scans Java source files and directories and reports the findings.")
final class ScanCommand implements Callable<Integer> {

    /** The threshold of {@code --fail-on}; {@code none} never fails on findings. */
    enum FailOn { error, warning, note, none }

    @Spec
    private CommandSpec spec;

    @Mixin
    private ScanScope scope;

    @Option(names = "--format", paramLabel = "FORMAT",
            description = "report format: text, sarif, json, github, checkstyle, junit or html (default: ${DEFAULT-VALUE})",
            defaultValue = "text")
    private String format;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE",
            description = "write the report to FILE instead of standard output")
    private Path output;

    @Option(names = "--sarif-output", paramLabel = "FILE", description = "also write a SARIF report to FILE")
    private Path sarifOutput;

    @Option(names = "--json-output", paramLabel = "FILE", description = "also write a JSON report to FILE")
    private Path jsonOutput;

    @Option(names = "--text-output", paramLabel = "FILE", description = "also write a text report to FILE")
    private Path textOutput;

    @Option(names = "--html-output", paramLabel = "FILE", description = "also write an HTML report to FILE")
    private Path htmlOutput;

    @Option(names = "--fail-on", paramLabel = "LEVEL",
            description = "exit 1 when a finding is at this level or above: error, warning, note or none "
                    + "(default: error)")
    private FailOn failOn;

    @Option(names = "--allow-parse-errors", description = "do not fail because some files could not be parsed")
    private boolean allowParseErrors;

    @Option(names = "--include-suppressed",
            description = "keep suppressed findings in the SARIF report, marked as suppressed in source "
                    + "(the JSON report always has them)")
    private boolean includeSuppressed;

    @Option(names = "--category", paramLabel = "NAME",
            description = "SARIF automationDetails category, to upload several analyses of one commit")
    private String category;

    @Option(names = "--cache", paramLabel = "FILE", arity = "0..1", fallbackValue = "",
            description = "keep results between scans and reanalyse only what changed; FILE defaults to "
                    + ".backlint/cache under the source root")
    private Path cache;

    @Option(names = "--baseline", paramLabel = "SARIF",
            description = "compare with this baseline (an earlier SARIF report): only new findings are "
                    + "reported and counted; SARIF results carry their baselineState")
    private Path baseline;

    @Option(names = "--changed-since", paramLabel = "REF",
            description = "check only files changed since the merge base of REF and HEAD (a pull request's "
                    + "files); every file is still read for what the others need")
    private String changedSince;

    @Option(names = "--new-lines-only",
            description = "with --changed-since, report only findings on lines added or changed since then")
    private boolean newLinesOnly;

    @Option(names = "--shard", paramLabel = "I/N",
            description = "check only part I of N of the files (split by a hash of their paths), for a CI "
                    + "matrix; join the parts' SARIF reports with 'backlint merge'")
    private String shard;

    @Option(names = "--write-baseline", paramLabel = "FILE",
            description = "write today's findings to FILE, a baseline for --baseline")
    private Path writeBaseline;

    @Option(names = {"-q", "--quiet"}, description = "print only the summary line of the text report")
    private boolean quiet;

    @Option(names = "--color", paramLabel = "WHEN", defaultValue = "auto",
            description = "colour the text report: auto (on a terminal, unless NO_COLOR is set), always or never "
                    + "(default: ${DEFAULT-VALUE})")
    private String color;

    @Option(names = "--no-color", description = "the same as --color never")
    private boolean noColor;

    @Option(names = {"-v", "--verbose"},
            description = "print stack traces of internal errors, and timings and resolution figures")
    private boolean verbose;

    @Override
    public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        ScanResult result;
        Format primary;
        FailOn threshold;
        try {
            primary = Format.parse(format);
            Analyzer analyzer = new Analyzer();
            ConfigFile settings = scope.configuration(analyzer);
            threshold = failOn != null ? failOn
                    : settings != null && settings.failOn() != null ? FailOn.valueOf(settings.failOn()) : FailOn.error;
            if (!List.of("auto", "always", "never").contains(color.toLowerCase(Locale.ROOT))) {
                throw new ConfigurationException("--color takes auto, always or never, not '" + color + "'");
            }
            ScanRequest request = request(settings);
            ScanProgress progress = new ScanProgress();
            if (!quiet && terminal.progress()) {
                try (AutoCloseable shown = Terminal.showProgress(progress, err)) {
                    result = analyzer.analyze(request, progress);
                } catch (ConfigurationException | IllegalArgumentException e) {
                    throw e;
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            } else {
                result = analyzer.analyze(request, progress);
            }
        } catch (ConfigurationException | IllegalArgumentException e) {
            err.println("backlint: " + e.getMessage());
            err.flush();
            return BacklintCommand.USAGE;
        }
        PrintWriter out = spec.commandLine().getOut();
        long reportStart = System.nanoTime();
        if (output == null) {
            renderer(primary).render(result, out);
            out.flush();
        } else {
            write(output, renderer(primary), result);
        }
        if (sarifOutput != null) {
            write(sarifOutput, renderer(Format.SARIF), result);
        }
        if (jsonOutput != null) {
            write(jsonOutput, renderer(Format.JSON), result);
        }
        if (textOutput != null) {
            write(textOutput, new TextRenderer(false), result);
        }
        if (htmlOutput != null) {
            write(htmlOutput, renderer(Format.HTML), result);
        }
        if (writeBaseline != null) {
            write(writeBaseline, SarifRenderer::writeBaseline, result);
            long written = result.findings().stream().filter(f -> !f.suppressed()).count();
            err.println("backlint: wrote a baseline of " + written + " finding" + (written == 1 ? "" : "s") + " to "
                    + writeBaseline);
            err.flush();
        }
        boolean sarifWritten = primary == Format.SARIF || sarifOutput != null;
        int results = (int) result.findings().stream().filter(f -> includeSuppressed || !f.suppressed()).count()
                + (result.baseline() == null ? 0 : result.baseline().absent().size());
        if (sarifWritten && results > SarifRenderer.MAX_RESULTS) {
            err.println("backlint: warning: the SARIF report holds the first " + SarifRenderer.MAX_RESULTS + " of "
                    + results + " results, as many as GitHub code scanning accepts in one run");
            err.flush();
        }
        if (output != null || primary != Format.TEXT) {
            new TextRenderer(true).render(result, output == null ? err : out);
            (output == null ? err : out).flush();
        }
        if (verbose) {
            printDiagnostics(result, System.nanoTime() - reportStart, err);
        }
        return exitCode(result, threshold);
    }

    private static void printDiagnostics(ScanResult result, long reportNanos, PrintWriter err) {
        var diagnostics = result.diagnostics();
        err.println("backlint: " + diagnostics.resolutionMisses() + " type resolutions failed, "
                + diagnostics.onDemandParses() + " files parsed on demand for facts, "
                + diagnostics.filesFromCache() + " results from the cache");
        diagnostics.phases().forEach((phase, nanos) -> err.printf(Locale.ROOT, "backlint: phase %-11s %8.1f ms%n",
                phase, nanos / 1e6));
        err.printf(Locale.ROOT, "backlint: phase %-11s %8.1f ms%n", "report", reportNanos / 1e6);
        diagnostics.rules().forEach((rule, nanos) -> err.printf(Locale.ROOT, "backlint: rule  %-11s %8.1f ms%n",
                rule, nanos / 1e6));
        err.flush();
    }

    /** What the command line sets, over what the configuration file sets. */
    private ScanRequest request(ConfigFile settings) {
        ScanRequest.Builder builder = scope.builder(settings)
                .changedSince(changedSince)
                .newLinesOnly(newLinesOnly)
                .shard(shard == null ? null : Shard.parse(shard))
                .baseline(baseline);
        if (cache != null) {
            builder.cacheFile(cache.toString().isEmpty() ? scope.root().resolve(".backlint/cache") : cache);
        }
        return builder.build();
    }

    private Renderer renderer(Format kind) {
        if (kind == Format.TEXT && output == null) {
            return new TextRenderer(quiet, !noColor && terminal.colour(color));
        }
        return kind.renderer(new RenderOptions(quiet, includeSuppressed, category));
    }

    private final Terminal terminal = new Terminal(System.getenv());

    private static void write(Path file, Renderer renderer, ScanResult result) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        try (Writer writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            renderer.render(result, writer);
        }
    }

    private int exitCode(ScanResult result, FailOn threshold) {
        if (result.hasInternalErrors()) {
            return BacklintCommand.INTERNAL_ERROR;
        }
        boolean findings = threshold != FailOn.none
                && result.hasFindingsAtOrAbove(Level.parse(threshold.name().toLowerCase(Locale.ROOT)));
        boolean parseErrors = result.hasFailedFiles() && !allowParseErrors;
        return findings || parseErrors ? BacklintCommand.FINDINGS : BacklintCommand.OK;
    }
}
