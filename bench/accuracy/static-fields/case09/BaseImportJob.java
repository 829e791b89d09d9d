// Base class of the nightly CSV imports: reads the file, hands each row to the subclass and
// logs a summary.
package staticfields.case09;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

public abstract class BaseImportJob {

    private static final Logger log = LoggerFactory.getLogger(BaseImportJob.class);
    protected static final String SEPARATOR = ",";
    protected static int rejectedRows; // static

    protected abstract String name();

    protected abstract void importRow(String[] columns);

    public void run(Path file) throws IOException {
        try (var lines = Files.lines(file)) {
            lines.skip(1)
                    .filter(line -> !line.isBlank())
                    .map(line -> line.split(SEPARATOR, -1))
                    .forEach(this::importRow);
        }
        log.info("{} import of {} finished, {} rejected rows so far", name(), file.getFileName(), rejectedRows);
    }
}
