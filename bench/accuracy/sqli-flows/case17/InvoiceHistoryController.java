package eval5.case17;

import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
public class InvoiceHistoryController {

    private static final Logger log = LoggerFactory.getLogger(InvoiceHistoryController.class);

    private final InvoiceHistoryService historyService;

    public InvoiceHistoryController(InvoiceHistoryService historyService) {
        this.historyService = historyService;
    }

    @GetMapping("/api/customers/{customerNo}/invoices")
    public ResponseEntity<List<InvoiceHistoryService.InvoiceLine>> history(
            @RequestHeader(name = "X-Request-Id", required = false) String requestId,
            @PathVariable String customerNo,
            @RequestParam(defaultValue = "false") boolean includeCancelled) {
        MDC.put("requestId", requestId);
        try {
            log.info("invoice history for {} (request {})", customerNo, requestId);
            List<InvoiceHistoryService.InvoiceLine> lines = historyService.history(customerNo, includeCancelled);
            return ResponseEntity.ok().header("X-Request-Id", requestId).body(lines);
        } finally {
            MDC.remove("requestId");
        }
    }
}
