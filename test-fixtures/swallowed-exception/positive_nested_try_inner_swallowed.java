// A nested try where the inner catch swallows a date parse failure while the outer catch rethrows with the cause.
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;

record InvoiceHeader(String number, LocalDate dueDate) {
}

class InvoiceMetadataReader {

    InvoiceHeader read(Path metadataFile) {
        try {
            List<String> lines = Files.readAllLines(metadataFile);
            LocalDate due = null;
            try {
                due = LocalDate.parse(lines.get(1));
            } catch (DateTimeParseException e) { // expect: swallowed-exception "DateTimeParseException"
                // due date is optional
            }
            return new InvoiceHeader(lines.get(0), due);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + metadataFile, e);
        }
    }
}
