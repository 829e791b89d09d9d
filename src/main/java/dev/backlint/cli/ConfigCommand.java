package dev.backlint.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.backlint.engine.ConfigFile;
import dev.backlint.engine.ConfigSchema;
import dev.backlint.engine.ConfigurationException;
import dev.backlint.engine.RuleRegistry;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code backlint config}: checks a configuration file, or prints its schema. */
@Command(name = "config", mixinStandardHelpOptions = true,
        description = "Checks a configuration file (default: " + ConfigFile.NAME + " in the current directory), "
                + "or prints the JSON Schema such files follow.")
final class ConfigCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Option(names = "--schema", description = "print the JSON Schema of " + ConfigFile.NAME + ", for editors")
    private boolean schema;

    @Parameters(paramLabel = "FILE", arity = "0..1", description = "the file to check")
    private Path file;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        RuleRegistry registry = RuleRegistry.standard();
        if (schema) {
            out.println(new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
                    .writeValueAsString(ConfigSchema.of(registry)));
            out.flush();
            return BacklintCommand.OK;
        }
        Path checked = file != null ? file : Path.of(ConfigFile.NAME);
        try {
            if (!Files.isRegularFile(checked)) {
                throw new ConfigurationException("the configuration " + checked + " does not exist");
            }
            ConfigFile.read(checked, registry);
        } catch (ConfigurationException e) {
            err.println("backlint: " + e.getMessage());
            err.flush();
            return BacklintCommand.USAGE;
        }
        out.println("backlint: " + checked + " is valid");
        out.flush();
        return BacklintCommand.OK;
    }
}
