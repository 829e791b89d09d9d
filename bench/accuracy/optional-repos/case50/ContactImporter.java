package opt.case50;

import java.io.BufferedReader;
import java.io.IOException;
import java.util.Arrays;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

@Component
public class ContactImporter {

    private final JdbcTemplate jdbcTemplate;

    public ContactImporter(JdbcTemplate jdbcTemplate) {
        this.jdbcTemplate = jdbcTemplate;
    }

    public int importContacts(BufferedReader reader) throws IOException {
        int imported = 0;
        int lineNumber = 0;
        while (true) {
            Optional<CsvRow> row = nextRow(reader, ++lineNumber);
            if (row.isEmpty()) {
                break;
            }
            CsvRow r = row.get();
            if (r.cell(0).isBlank()) {
                continue;
            }
            imported += jdbcTemplate.update("INSERT INTO contacts (email, name, company) VALUES (?, ?, ?)",
                    r.cell(0), r.cell(1), r.cell(2));
        }
        return imported;
    }

    private static Optional<CsvRow> nextRow(BufferedReader reader, int lineNumber) throws IOException {
        String line = reader.readLine();
        if (line == null) {
            return Optional.empty();
        }
        return Optional.of(new CsvRow(lineNumber, Arrays.asList(line.split(",", -1))));
    }
}
