// A base class whose protected static fields only its subclasses write, unqualified and by the base's name, and a subclass that keeps its own static total.
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.springframework.stereotype.Component;

abstract class ImportJob {

    protected static final int MAX_ROWS = 10_000;
    protected static final Duration TIMEOUT = Duration.ofMinutes(15);

    protected static int jobsStarted; // expect: mutable-static-field "`jobsStarted`"
    protected static String lastImportedFile; // expect: mutable-static-field "`lastImportedFile`"

    abstract void run(String file);

    static String status() {
        return jobsStarted + " jobs, last file " + lastImportedFile + " (max " + MAX_ROWS + " rows, " + TIMEOUT + ")";
    }
}

@Component
class CustomerImportJob extends ImportJob {

    private static long customersImported; // expect: mutable-static-field "`customersImported`"

    @Override
    void run(String file) {
        jobsStarted++;
        lastImportedFile = file;
        try (var lines = Files.lines(Path.of(file))) {
            customersImported += lines.limit(MAX_ROWS).count();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

@Component
class SupplierImportJob extends ImportJob {

    @Override
    void run(String file) {
        ImportJob.jobsStarted += 1;
        ImportJob.lastImportedFile = file;
    }
}
