package nulls.case12;

import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Lists the partner CSV files waiting in the inbox folder, oldest first.
 */
@Component
public class ImportInboxScanner {

    private static final Logger log = LoggerFactory.getLogger(ImportInboxScanner.class);

    private final File inbox;
    private final File processed;

    public ImportInboxScanner(@Value("${imports.inbox}") String inbox,
                              @Value("${imports.processed}") String processed) {
        this.inbox = new File(inbox);
        this.processed = new File(processed);
    }

    public List<Path> pendingFiles() {
        File[] candidates = inbox.listFiles((dir, name) -> name.endsWith(".csv"));
        if (candidates == null) {
            log.warn("import inbox {} is missing or unreadable", inbox);
            return List.of();
        }
        Arrays.sort(candidates, Comparator.comparingLong(File::lastModified));
        List<Path> result = new ArrayList<>(candidates.length);
        for (File candidate : candidates) {
            if (candidate.length() > 0) {
                result.add(candidate.toPath());
            }
        }
        return result;
    }

    public int processedCount() {
        String[] names = processed.list();
        return names == null ? 0 : names.length;
    }
}
