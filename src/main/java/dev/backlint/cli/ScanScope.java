package dev.backlint.cli;

import dev.backlint.api.Level;
import dev.backlint.engine.Analyzer;
import dev.backlint.engine.ConfigFile;
import dev.backlint.engine.ConfigurationException;
import dev.backlint.engine.ScanRequest;
import dev.backlint.engine.SourceRoots;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * What to scan and with which rules: the options {@code backlint scan} and {@code backlint
 * fix} share, laid over the configuration file.
 */
final class ScanScope {

    @Parameters(paramLabel = "PATH", arity = "0..*",
            description = "files and directories to scan (default: the current directory)")
    private List<Path> paths = new ArrayList<>();

    @Option(names = "--config", paramLabel = "FILE",
            description = "read settings from FILE (default: " + ConfigFile.NAME + " in the scanned directory, "
                    + "else in the source root); options given here override it")
    private Path config;

    @Option(names = "--enable", paramLabel = "ID", split = ",", description = "run only these rules")
    private List<String> enable = new ArrayList<>();

    @Option(names = "--disable", paramLabel = "ID", split = ",", description = "do not run these rules")
    private List<String> disable = new ArrayList<>();

    @Option(names = "--level", paramLabel = "ID=LEVEL",
            description = "report a rule at another level: note, warning or error")
    private Map<String, String> levels = new java.util.LinkedHashMap<>();

    @Option(names = {"-cp", "--classpath"}, paramLabel = "JARS", split = "${sys:path.separator}",
            description = "jars the scanned code depends on, for type resolution")
    private List<Path> classpath = new ArrayList<>();

    @Option(names = "--exclude", paramLabel = "GLOB", description = "skip paths matching GLOB (repeatable)")
    private List<String> excludes = new ArrayList<>();

    @Option(names = "--include", paramLabel = "GLOB",
            description = "scan only files whose path matches GLOB (repeatable)")
    private List<String> includes = new ArrayList<>();

    @Option(names = "--include-tests", negatable = true,
            description = "check test sources (src/test/** and the like) too")
    private Boolean includeTests;

    @Option(names = "--threads", paramLabel = "N", description = "worker threads (default: all cores)")
    private Integer threads;

    @Option(names = "--source-root", paramLabel = "DIR",
            description = "report paths relative to DIR (default: the enclosing git work tree, "
                    + "else the current directory)")
    private Path sourceRoot;

    @Option(names = "--max-file-size", paramLabel = "BYTES",
            description = "skip files larger than this (default: " + ScanRequest.DEFAULT_MAX_FILE_BYTES + ")")
    private Long maxFileSize;

    @Option(names = "--rule-timeout", paramLabel = "SECONDS",
            description = "stop a rule on a file after this long and report it (default: "
                    + "${DEFAULT-VALUE})", defaultValue = "20")
    private double ruleTimeout;

    /** The configuration file given with --config, else the one found beside the sources; null for none. */
    ConfigFile configuration(Analyzer analyzer) {
        if (config != null) {
            if (!Files.isRegularFile(config)) {
                throw new ConfigurationException("the configuration " + config + " does not exist");
            }
            return ConfigFile.read(config, analyzer.registry());
        }
        return ConfigFile.find(scannedPaths(), root()).map(file -> ConfigFile.read(file, analyzer.registry()))
                .orElse(null);
    }

    List<Path> scannedPaths() {
        return paths.isEmpty() ? List.of(Path.of(".")) : paths;
    }

    /** What reported paths are relative to. */
    Path root() {
        return sourceRoot != null ? sourceRoot : SourceRoots.reportRoot(scannedPaths());
    }

    /** A request with what the command line sets, over what the configuration file sets. */
    ScanRequest.Builder builder(ConfigFile settings) {
        ConfigFile file = settings != null ? settings : ConfigFile.none();
        ScanRequest.Builder builder = file.request(enable, disable, excludes, includes, includeTests)
                .paths(scannedPaths())
                .sourceRoot(sourceRoot)
                .classpath(classpath);
        if (threads != null) {
            builder.threads(threads);
        }
        if (maxFileSize != null) {
            builder.maxFileBytes(maxFileSize);
        }
        if (!(ruleTimeout > 0) || ruleTimeout > 86_400) {
            throw new ConfigurationException("--rule-timeout must be more than 0 and at most 86400 seconds, was "
                    + ruleTimeout);
        }
        builder.ruleTimeBudget(java.time.Duration.ofMillis(Math.max(1, Math.round(ruleTimeout * 1000))));
        levels.forEach((id, level) -> builder.level(id.trim(), Level.parse(level)));
        return builder;
    }

}
