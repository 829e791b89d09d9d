package dev.backlint.cli;

import dev.backlint.api.Rule;
import dev.backlint.engine.RuleDescriptor;
import dev.backlint.engine.RuleRegistry;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code backlint rules}: lists the rules. */
@Command(name = "rules", mixinStandardHelpOptions = true,
        description = "Lists the rules: id, default level, tags and summary.")
final class RulesCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        List<Rule> all = RuleRegistry.standard().all();
        List<RuleDescriptor> rules = all.stream().map(RuleDescriptor::of).toList();
        int idWidth = rules.stream().mapToInt(r -> r.id().length()).max().orElse(2);
        int tagWidth = rules.stream().mapToInt(r -> String.join(",", r.tags()).length()).max().orElse(4);
        PrintWriter out = spec.commandLine().getOut();
        String format = "%-" + idWidth + "s  %-7s  %-" + tagWidth + "s  %s%n";
        out.printf(format, "ID", "LEVEL", "TAGS", "SUMMARY");
        for (int i = 0; i < rules.size(); i++) {
            RuleDescriptor rule = rules.get(i);
            String optIn = all.get(i).info().optIn() ? " (opt-in: runs when named with --enable)" : "";
            out.printf(format, rule.id(), rule.level().id(), String.join(",", rule.tags()), rule.summary() + optIn);
        }
        out.flush();
        return BacklintCommand.OK;
    }
}
