// Regeneration of invoice PDFs after a template change, on the PDF task executor.
package ignoredfutures.case09;

import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.springframework.stereotype.Service;

@Service
public class InvoicePdfService {

    private static final Logger log = LoggerFactory.getLogger(InvoicePdfService.class);

    private final ThreadPoolTaskExecutor pdfExecutor;
    private final InvoicePdfRenderer renderer;

    public InvoicePdfService(ThreadPoolTaskExecutor pdfExecutor, InvoicePdfRenderer renderer) {
        this.pdfExecutor = pdfExecutor;
        this.renderer = renderer;
    }

    public int regenerate(List<Long> invoiceIds) {
        log.info("regenerating {} invoice PDFs", invoiceIds.size());
        invoiceIds.forEach(id -> {
            pdfExecutor.submitListenable(() -> renderer.render(id)); // dropped
        });
        return invoiceIds.size();
    }
}
