// Renders an invoice from its HTML template into the PDF store.
package ignoredfutures.case09;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

@Component
public class InvoicePdfRenderer {

    private final JdbcClient jdbcClient;
    private final Path pdfStore;

    public InvoicePdfRenderer(JdbcClient jdbcClient, @Value("${invoices.pdf-store}") Path pdfStore) {
        this.jdbcClient = jdbcClient;
        this.pdfStore = pdfStore;
    }

    public Path render(long invoiceId) throws IOException {
        String html = jdbcClient.sql("SELECT rendered_html FROM invoice_documents WHERE invoice_id = ?")
                .param(invoiceId)
                .query(String.class)
                .single();
        byte[] pdf = HtmlToPdf.convert(html);
        return Files.write(pdfStore.resolve("invoice-" + invoiceId + ".pdf"), pdf);
    }

    static final class HtmlToPdf {
        private HtmlToPdf() {
        }

        static byte[] convert(String html) {
            // the real converter is a native binding; the bytes stand in for its output here
            return ("%PDF-1.7\n" + html).getBytes(java.nio.charset.StandardCharsets.UTF_8);
        }
    }
}
