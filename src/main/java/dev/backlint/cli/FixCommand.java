package dev.backlint.cli;

import com.github.difflib.DiffUtils;
import com.github.difflib.UnifiedDiffUtils;
import com.github.javaparser.JavaParser;
import dev.backlint.api.Finding;
import dev.backlint.engine.Analyzer;
import dev.backlint.engine.ConfigFile;
import dev.backlint.engine.ConfigurationException;
import dev.backlint.engine.Fixes;
import dev.backlint.engine.Parsing;
import dev.backlint.engine.ScanResult;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code backlint fix}: scans, then applies the fixes of the findings that have one, in
 * place, changing nothing else in the files; with {@code --dry-run} it prints them as a
 * unified diff instead. A file whose fixed text would not parse is left as it was.
 */
@Command(name = "fix", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Applies the fixes of the findings that have one (String == to equals, Optional.get() to "
                + "orElseThrow(), a leaked JDBC resource into try-with-resources), in place, keeping the rest of "
                + "each file as it is.")
final class FixCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Mixin
    private ScanScope scope;

    @Option(names = "--dry-run", description = "print the changes as a unified diff and change no file")
    private boolean dryRun;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        ScanResult result;
        try {
            Analyzer analyzer = new Analyzer();
            ConfigFile settings = scope.configuration(analyzer);
            result = analyzer.analyze(scope.builder(settings).build());
        } catch (ConfigurationException | IllegalArgumentException e) {
            err.println("backlint: " + e.getMessage());
            err.flush();
            return BacklintCommand.USAGE;
        }
        Map<String, List<Finding>> byFile = new TreeMap<>();
        for (Finding finding : result.reported()) {
            if (!finding.fixes().isEmpty()) {
                byFile.computeIfAbsent(finding.location().path(), path -> new java.util.ArrayList<>()).add(finding);
            }
        }
        Path root = scope.root().toAbsolutePath().normalize();
        int applied = 0;
        int overlapping = 0;
        int unparsable = 0;
        int files = 0;
        for (Map.Entry<String, List<Finding>> file : byFile.entrySet()) {
            Path path = root.resolve(file.getKey());
            byte[] bytes = Files.readAllBytes(path);
            Charset charset = utf8(bytes) ? StandardCharsets.UTF_8 : StandardCharsets.ISO_8859_1;
            String before = new String(bytes, charset);
            Fixes.Result fixed = Fixes.apply(before, file.getValue());
            overlapping += fixed.skipped().size();
            if (fixed.applied().isEmpty()) {
                continue;
            }
            if (!parses(fixed.text())) {
                err.println("backlint: " + file.getKey() + ": left as it was: the fixed text would not parse");
                unparsable += fixed.applied().size();
                continue;
            }
            applied += fixed.applied().size();
            files++;
            if (dryRun) {
                List<String> original = before.lines().toList();
                List<String> patched = fixed.text().lines().toList();
                UnifiedDiffUtils.generateUnifiedDiff("a/" + file.getKey(), "b/" + file.getKey(), original,
                        DiffUtils.diff(original, patched), 3).forEach(out::println);
            } else {
                Files.write(path, fixed.text().getBytes(charset));
            }
        }
        out.flush();
        err.println("backlint: " + (dryRun ? "would fix " : "fixed ") + applied + " finding" + (applied == 1 ? "" : "s")
                + " in " + files + " file" + (files == 1 ? "" : "s")
                + (overlapping > 0 ? "; " + overlapping + " left for another run (their changes overlap)" : "")
                + (unparsable > 0 ? "; " + unparsable + " not applied (the file would not parse)" : ""));
        err.flush();
        return BacklintCommand.OK;
    }

    private static boolean utf8(byte[] bytes) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            decoder.decode(java.nio.ByteBuffer.wrap(bytes));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    private static boolean parses(String text) {
        return new JavaParser(Parsing.configuration()).parse(text).isSuccessful();
    }
}
