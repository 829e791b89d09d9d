// Customer import from CSV uploads: a new validator from the container per file.
package singletons.case27;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.springframework.beans.factory.annotation.Lookup;
import org.springframework.stereotype.Service;

@Service
public abstract class CustomerImportService {

    private final CustomerWriter writer;

    protected CustomerImportService(CustomerWriter writer) {
        this.writer = writer;
    }

    @Lookup
    protected abstract ImportRowValidator newValidator();

    public List<String> importCsv(InputStream upload) throws IOException {
        ImportRowValidator validator = newValidator();
        try (var reader = new BufferedReader(new InputStreamReader(upload, StandardCharsets.UTF_8))) {
            reader.lines()
                    .skip(1)
                    .map(line -> line.split(";", -1))
                    .filter(validator::accept)
                    .forEach(columns -> writer.upsert(columns[0], columns[1], columns[2], columns[3]));
        }
        return validator.problems();
    }

    public interface CustomerWriter {
        void upsert(String customerNumber, String name, String email, String country);
    }
}
