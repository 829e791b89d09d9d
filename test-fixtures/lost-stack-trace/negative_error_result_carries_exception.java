// An importer whose catch blocks log the message and return a result object that carries the caught exception itself.
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

sealed interface ImportOutcome permits ImportOutcome.Imported, ImportOutcome.Failed {

    record Imported(Path file, int rows) implements ImportOutcome {
    }

    record Failed(Path file, Exception error) implements ImportOutcome {
    }

    static ImportOutcome failed(Path file, Exception error) {
        return new Failed(file, error);
    }
}

@Component
class ContactListImporter {

    private static final Logger log = LoggerFactory.getLogger(ContactListImporter.class);

    public ImportOutcome importFile(Path file) {
        try {
            List<String> lines = Files.readAllLines(file);
            return new ImportOutcome.Imported(file, lines.size() - 1);
        } catch (IOException e) {
            log.warn("Import of {} failed: {}", file, e.getMessage());
            return ImportOutcome.failed(file, e);
        }
    }

    public ImportOutcome importHeaderOnly(Path file) {
        try (var lines = Files.lines(file)) {
            return new ImportOutcome.Imported(file, lines.findFirst().map(h -> h.split(";").length).orElse(0));
        } catch (IOException | RuntimeException e) {
            log.info("Header of {} unreadable: " + e.getMessage(), file);
            return new ImportOutcome.Failed(file, e);
        }
    }

    public String describe(ImportOutcome outcome) {
        if (outcome instanceof ImportOutcome.Imported imported) {
            return imported.file() + ": " + imported.rows() + " rows";
        }
        ImportOutcome.Failed failed = (ImportOutcome.Failed) outcome;
        return failed.file() + ": " + failed.error().getMessage();
    }
}
