package dev.backlint.cli;

import dev.backlint.engine.Backlint;
import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code backlint} command: finds the bugs that break Java backends. */
@Command(
        name = "backlint",
        mixinStandardHelpOptions = true,
        versionProvider = BacklintCommand.Version.class,
        description = "Finds the bugs that break Java backends: SQL, nulls, shared state, HTTP, auth.",
        subcommands = {ScanCommand.class, RulesCommand.class, ExplainCommand.class, ConfigCommand.class,
            InitCommand.class, MergeCommand.class, FixCommand.class, CommandLine.HelpCommand.class},
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

    public static void main(String[] args) {
        System.exit(newCommandLine().execute(args));
    }

    /** The command line with backlint's exit codes and error handling. */
    public static CommandLine newCommandLine() {
        CommandLine commandLine = new CommandLine(new BacklintCommand());
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
            return new String[] {Backlint.NAME + " " + Backlint.version()};
        }
    }
}
