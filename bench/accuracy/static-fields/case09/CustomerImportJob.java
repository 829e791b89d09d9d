// Nightly import of customers from the CRM export file.
package staticfields.case09;

import java.io.IOException;
import java.nio.file.Path;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

@Component
public class CustomerImportJob extends BaseImportJob {

    private final CustomerWriter writer;
    private final Path exportFile;

    public CustomerImportJob(CustomerWriter writer, @Value("${imports.customers.file}") Path exportFile) {
        this.writer = writer;
        this.exportFile = exportFile;
    }

    @Scheduled(cron = "0 15 1 * * *")
    public void nightly() throws IOException {
        run(exportFile);
    }

    @Override
    protected String name() {
        return "customers";
    }

    @Override
    protected void importRow(String[] columns) {
        if (columns.length < 4 || columns[2].isBlank()) {
            rejectedRows++;
            return;
        }
        writer.upsert(columns[0].strip(), columns[1].strip(), columns[2].strip().toLowerCase(), columns[3].strip());
    }

    public interface CustomerWriter {
        void upsert(String externalId, String name, String email, String country);
    }
}
