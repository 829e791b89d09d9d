package dev.backlint.cli;

import dev.backlint.api.Rule;
import dev.backlint.engine.RuleDescriptor;
import dev.backlint.engine.RuleRegistry;
import java.io.PrintWriter;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code backlint explain ID}: prints a rule's documentation. */
@Command(name = "explain", mixinStandardHelpOptions = true,
        description = "Prints a rule's documentation: why it matters, what it reports, how to fix it.")
final class ExplainCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(paramLabel = "ID", description = "the rule id, as 'backlint rules' lists it")
    private String id;

    @Override
    public Integer call() {
        Optional<Rule> rule = RuleRegistry.standard().find(id);
        if (rule.isEmpty()) {
            PrintWriter err = spec.commandLine().getErr();
            err.println("backlint: unknown rule id " + id + " (see 'backlint rules' for the list)");
            err.flush();
            return BacklintCommand.USAGE;
        }
        PrintWriter out = spec.commandLine().getOut();
        RuleDescriptor descriptor = RuleDescriptor.of(rule.get());
        out.print(descriptor.doc().endsWith("\n") ? descriptor.doc() : descriptor.doc() + "\n");
        out.flush();
        return BacklintCommand.OK;
    }
}
