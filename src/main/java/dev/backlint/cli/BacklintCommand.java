package dev.backlint.cli;

import dev.backlint.engine.Analyzer;
import dev.backlint.engine.Backlint;
import java.io.PrintWriter;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code backlint} command: finds the bugs that break Java backends. */
@Command(
        name = "backlint",
        mixinStandardHelpOptions = true,
        versionProvider = BacklintCommand.Version.class,
        description = "Finds the bugs that break Java backends: SQL, nulls, shared state, HTTP, auth.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            " 0:nothing at or above --fail-on",
            " 1:findings at or above --fail-on, or files that failed to parse",
            " 2:bad usage or configuration",
            " 3:internal error"})
public final class BacklintCommand {

    public static final int OK = 0;
    public static final int FINDINGS = 1;
    public static final int USAGE = 2;
    public static final int INTERNAL_ERROR = 3;

    /** The subcommands, in the order the help lists them. */
    private static final List<Class<?>> SUBCOMMANDS = List.of(ScanCommand.class, RulesCommand.class,
            ExplainCommand.class, ConfigCommand.class, InitCommand.class, MergeCommand.class, FixCommand.class,
            LspCommand.class, CommandLine.HelpCommand.class);

    public static void main(String[] args) {
        if (args.length > 0 && args[0].equals("scan")) {
            // the parser's classes load on another core while the command line is read
            Analyzer.warmUpInBackground();
        }
        System.exit(newCommandLine(args).execute(args));
    }

    /** The command line with every subcommand, and backlint's exit codes and error handling. */
    public static CommandLine newCommandLine() {
        return newCommandLine(new String[0]);
    }

    /**
     * The command line for these arguments. When the first names a subcommand (other
     * than {@code help}), only that one is built: picocli reads each command's options by
     * reflection, which is a good part of a short run's start.
     */
    public static CommandLine newCommandLine(String... arguments) {
        CommandLine commandLine = new CommandLine(new BacklintCommand());
        String first = arguments.length > 0 ? arguments[0] : "";
        List<Class<?>> named = SUBCOMMANDS.stream()
                .filter(command -> command.getAnnotation(Command.class).name().equals(first)
                        && command != CommandLine.HelpCommand.class)
                .toList();
        (named.isEmpty() ? SUBCOMMANDS : named).forEach(commandLine::addSubcommand);
        // `backlint scan --version` says the same as `backlint --version`
        commandLine.getSubcommands().values().forEach(sub -> sub.getCommandSpec().versionProvider(new Version()));
        commandLine.setExecutionExceptionHandler((exception, cmd, parseResult) -> {
            PrintWriter err = cmd.getErr();
            err.println("backlint: internal error: " + exception);
            if (cmd.getParseResult() != null && cmd.getParseResult().hasMatchedOption("--verbose")) {
                exception.printStackTrace(err);
            } else {
                err.println("backlint: run again with --verbose for the stack trace");
            }
            err.flush();
            return INTERNAL_ERROR;
        });
        commandLine.setParameterExceptionHandler((exception, args) -> {
            CommandLine cmd = exception.getCommandLine();
            PrintWriter err = cmd.getErr();
            err.println("backlint: " + exception.getMessage());
            err.println("Try '" + cmd.getCommandSpec().qualifiedName() + " --help' for more information.");
            err.flush();
            return USAGE;
        });
        return commandLine;
    }

    /** Reads the version the jar was built as. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {Backlint.NAME + " " + Backlint.version()
                    + Backlint.commit().map(commit -> " (commit " + commit + ")").orElse(" (commit unknown)")};
        }
    }
}
