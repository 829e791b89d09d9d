package dev.backlint.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/** Plans the modules of a synthetic tree and writes them, each to its share of the requested lines. */
final class TreeGenerator {

    private TreeGenerator() {
    }

    static Summary generate(int lines, Path out, long seed) throws IOException {
        Choices choices = new Choices(seed);
        TreeWriter writer = new TreeWriter(out);
        List<SourceModule> modules = SourceModule.plan(lines);
        ModuleGenerator generator = new ModuleGenerator(choices);
        long written = 0;
        for (int i = 0; i < modules.size(); i++) {
            long budget = (lines - written) / (modules.size() - i);
            written += generator.generate(modules.get(i), budget, writer);
        }
        return writer.summary();
    }
}
