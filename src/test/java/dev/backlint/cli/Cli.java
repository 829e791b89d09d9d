package dev.backlint.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import picocli.CommandLine;

/** Runs {@code backlint} in the test's JVM and keeps what it printed. */
final class Cli {

    private StringWriter out = new StringWriter();
    private StringWriter err = new StringWriter();

    /** Runs the command line; what it prints replaces what the last run printed. */
    int run(String... args) {
        out = new StringWriter();
        err = new StringWriter();
        CommandLine commandLine = BacklintCommand.newCommandLine();
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        return commandLine.execute(args);
    }

    String out() {
        return out.toString();
    }

    String err() {
        return err.toString();
    }
}
