package dev.backlint.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.backlint.api.Rule;
import dev.backlint.engine.ConfigurationException;
import dev.backlint.engine.RuleRegistry;
import dev.backlint.report.SarifMerge;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code backlint merge}: joins SARIF reports of backlint into one run. */
@Command(name = "merge", mixinStandardHelpOptions = true,
        description = "Merges SARIF reports of backlint (the parts of a --shard scan, or of a monorepo's modules) "
                + "into one run, for one upload to GitHub code scanning.")
final class MergeCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(paramLabel = "SARIF", arity = "1..*", description = "the reports to merge")
    private List<Path> reports = new ArrayList<>();

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "write the merged report to FILE "
            + "instead of standard output")
    private Path output;

    @Override
    public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        ObjectNode merged;
        try {
            List<JsonNode> logs = new ArrayList<>();
            ObjectMapper mapper = new ObjectMapper();
            for (Path report : reports) {
                try {
                    logs.add(mapper.readTree(report.toFile()));
                } catch (IOException e) {
                    throw new ConfigurationException("cannot read " + report + ": " + e.getMessage());
                }
            }
            Map<String, Set<String>> supersedes = new HashMap<>();
            for (Rule rule : RuleRegistry.standard().all()) {
                supersedes.put(rule.info().id(), Set.of(rule.info().supersedes()));
            }
            merged = SarifMerge.merge(logs, supersedes);
        } catch (ConfigurationException e) {
            err.println("backlint: " + e.getMessage());
            err.flush();
            return BacklintCommand.USAGE;
        }
        if (output == null) {
            PrintWriter out = spec.commandLine().getOut();
            SarifMerge.write(merged, out);
            out.flush();
        } else {
            Path parent = output.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            try (Writer writer = Files.newBufferedWriter(output, StandardCharsets.UTF_8)) {
                SarifMerge.write(merged, writer);
            }
        }
        int results = merged.path("runs").path(0).path("results").size();
        err.println("backlint: merged " + reports.size() + " report" + (reports.size() == 1 ? "" : "s")
                + " into one run of " + results + " result" + (results == 1 ? "" : "s"));
        err.flush();
        return BacklintCommand.OK;
    }
}
