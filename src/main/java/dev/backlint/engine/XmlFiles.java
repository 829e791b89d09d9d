package dev.backlint.engine;

import dev.backlint.api.Finding;
import dev.backlint.api.Level;
import dev.backlint.api.XmlFileCheck;
import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;

/**
 * The XML files of a scan, handed (with the scan's text indexes) to the {@link XmlFileCheck}s registered with
 * {@link ServiceLoader} whose rules are enabled. A file of no check's kind is not counted;
 * one that a check cannot read becomes a notification, and the scan goes on.
 */
final class XmlFiles {

    private static final long MAX_BYTES = 4L * 1024 * 1024;
    private static final List<XmlFileCheck> CHECKS = loaded();

    /** What one file gave. */
    record Outcome(List<Finding> findings, List<Notification> notifications, boolean analysed, boolean failed,
                   int lines) {
    }

    private XmlFiles() {
    }

    private static List<XmlFileCheck> loaded() {
        List<XmlFileCheck> found = new ArrayList<>();
        ServiceLoader.load(XmlFileCheck.class, XmlFiles.class.getClassLoader()).forEach(found::add);
        return List.copyOf(found);
    }

    /** Checks each file with the checks that have an enabled rule (rule id to level). */
    static List<Outcome> check(List<SourceFile> files, Map<String, Level> enabled,
                               java.util.function.Function<dev.backlint.api.TextIndexKind, java.util.Set<String>> index) {
        List<Outcome> outcomes = new ArrayList<>();
        List<XmlFileCheck> active = CHECKS.stream()
                .filter(check -> check.rules().stream().anyMatch(enabled::containsKey)).toList();
        if (active.isEmpty()) {
            return outcomes;
        }
        for (SourceFile file : files) {
            String text;
            try {
                if (Files.size(file.file()) > MAX_BYTES) {
                    continue; // generated or data files: no mapper is that large
                }
                text = SourceText.decode(Files.readAllBytes(file.file())).text();
            } catch (IOException e) {
                outcomes.add(new Outcome(List.of(), List.of(Notification.unreadable(file.uri(),
                        "could not read: " + e.getMessage())), false, true, 0));
                continue;
            }
            for (XmlFileCheck check : active) {
                Map<String, Level> mine = new HashMap<>();
                check.rules().stream().filter(enabled::containsKey).forEach(id -> mine.put(id, enabled.get(id)));
                XmlFileCheck.Result result;
                try {
                    result = check.check(file.uri(), text, mine, index);
                } catch (RuntimeException | StackOverflowError e) {
                    outcomes.add(new Outcome(List.of(), List.of(new Notification(Level.ERROR, file.uri(), 0, null,
                            Notification.Kind.INTERNAL_ERROR, "internal error in a check of XML files: " + e)),
                            true, true, 0));
                    continue;
                }
                if (!result.analysed()) {
                    continue;
                }
                List<Notification> notes = result.problem().map(problem -> List.of(new Notification(Level.ERROR,
                        file.uri(), 0, null, Notification.Kind.PARSE_ERROR, problem))).orElse(List.of());
                outcomes.add(new Outcome(result.findings(), notes, true, !notes.isEmpty(), result.lines()));
            }
        }
        return outcomes;
    }
}
