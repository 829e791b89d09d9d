package io.crmly.contacts.imports;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
public class ContactImportService {

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(ContactImportService.class);

    private final ContactLineParser parser;
    private final ContactStore store;

    public ContactImportService(ContactLineParser parser, ContactStore store) {
        this.parser = parser;
        this.store = store;
    }

    public record ImportSummary(int imported, int skipped) {
    }

    @Transactional
    public ImportSummary importCsv(String ownerId, Reader source) throws IOException {
        int imported = 0;
        int skipped = 0;
        int lineNumber = 1;
        try (BufferedReader reader = new BufferedReader(source)) {
            String line = reader.readLine();
            while ((line = reader.readLine()) != null) {
                lineNumber++;
                if (line.isBlank()) {
                    continue;
                }
                try {
                    var contact = parser.parse(line);
                    store.upsert(ownerId, contact);
                    imported++;
                } catch (IllegalArgumentException e) {
                    log.info("Skipping malformed contact row {} for owner {}", lineNumber, ownerId);
                    skipped++;
                }
            }
        }
        log.info("Contact import for {} finished: {} imported, {} skipped", ownerId, imported, skipped);
        return new ImportSummary(imported, skipped);
    }
}
