package dev.backlint.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** One Maven module of the generated tree, such as {@code orders}: its packages and where its sources go. */
record SourceModule(String name, List<String> nouns) {

    /** Modules of about 100,000 lines, but a handful of smaller ones for small trees. */
    static List<SourceModule> plan(int lines) {
        int handful = Math.min(5, Math.max(1, lines / 8_000));
        int count = Math.max(handful, (int) Math.round(lines / 100_000.0));
        List<SourceModule> modules = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Vocabulary.ModuleWords words = Vocabulary.MODULES.get(i % Vocabulary.MODULES.size());
            int round = i / Vocabulary.MODULES.size();
            String name = round == 0 ? words.name() : words.name() + (round + 1);
            modules.add(new SourceModule(name, words.nouns()));
        }
        return modules;
    }

    /** {@code Orders} for {@code orders}: the prefix of module-wide class names. */
    String prefix() {
        return Text.cap(name);
    }

    String pkg(String layer) {
        return "com.acme." + name + "." + layer;
    }

    Path mainDir(String layer) {
        return Path.of(name, "src", "main", "java", "com", "acme", name, layer);
    }

    Path testDir(String layer) {
        return Path.of(name, "src", "test", "java", "com", "acme", name, layer);
    }
}
