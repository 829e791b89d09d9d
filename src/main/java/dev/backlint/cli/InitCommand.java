package dev.backlint.cli;

import dev.backlint.api.Rule;
import dev.backlint.engine.ConfigFile;
import dev.backlint.engine.RuleRegistry;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code backlint init}: writes a commented starter {@code backlint.yml}. */
@Command(name = "init", mixinStandardHelpOptions = true,
        description = "Writes a commented starter " + ConfigFile.NAME + " into DIR (default: the current directory).")
final class InitCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(paramLabel = "DIR", arity = "0..1", description = "where to write the file")
    private Path directory = Path.of(".");

    @Option(names = "--force", description = "overwrite an existing file")
    private boolean force;

    @Override
    public Integer call() throws IOException {
        Path file = directory.resolve(ConfigFile.NAME);
        if (Files.exists(file) && !force) {
            spec.commandLine().getErr().println("backlint: " + file + " exists; give --force to overwrite it");
            spec.commandLine().getErr().flush();
            return BacklintCommand.USAGE;
        }
        Files.createDirectories(directory);
        Files.writeString(file, starter(RuleRegistry.standard()), StandardCharsets.UTF_8);
        spec.commandLine().getOut().println("backlint: wrote " + file);
        spec.commandLine().getOut().flush();
        return BacklintCommand.OK;
    }

    /** The starter file, listing the rules of {@code registry}. */
    static String starter(RuleRegistry registry) throws IOException {
        String template;
        try (InputStream in = InitCommand.class.getResourceAsStream("backlint-init.yml")) {
            if (in == null) {
                throw new IOException("backlint-init.yml is missing from the backlint jar");
            }
            template = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        StringBuilder rules = new StringBuilder();
        for (Rule rule : registry.all()) {
            rules.append(String.format(Locale.ROOT, "#   %-24s %-7s %s%s%n", rule.info().id(),
                    rule.info().level().name().toLowerCase(Locale.ROOT), rule.info().summary(),
                    rule.info().optIn() ? " (opt-in)" : ""));
        }
        return template.replace("{{rules}}\n", rules.toString());
    }
}
