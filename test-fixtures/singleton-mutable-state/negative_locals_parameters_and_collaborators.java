// Singleton request handlers that write only locals, parameters (one named like a field), objects they receive, copies of fields, and collaborators whose methods are named add/put/set/append (a project audit trail, a Spring Cache, an HttpServletResponse).
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Objects;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.cache.Cache;
import org.springframework.cache.CacheManager;
import org.springframework.stereotype.Service;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

class InvoiceView {

    String id;
    String status;
    final List<String> notes = new ArrayList<>();

    InvoiceView(String id) {
        this.id = id;
    }
}

@Service
class InvoiceRenderingService {

    interface AuditTrail {
        void add(String entry);
    }

    interface Letterhead {
        void append(StringBuilder html);
    }

    private final AuditTrail auditTrail;
    private final Letterhead letterhead;
    private final Cache renderedInvoices;
    private final List<String> footerLines = List.of("Thank you for your business", "Payable within 30 days");
    private String currencySymbol = "EUR";

    InvoiceRenderingService(AuditTrail auditTrail, Letterhead letterhead, CacheManager cacheManager) {
        this.auditTrail = auditTrail;
        this.letterhead = letterhead;
        this.renderedInvoices = Objects.requireNonNull(cacheManager.getCache("invoices"));
    }

    String render(InvoiceView invoice, BigDecimal amount) {
        var html = new StringBuilder("<html>");
        letterhead.append(html);
        html.append("<h1>").append(invoice.id).append("</h1>").append(format(amount, null));
        var lines = new ArrayList<>(footerLines);
        lines.add("Generated " + Instant.now());
        lines.forEach(line -> html.append("<p>").append(line).append("</p>"));
        var model = new HashMap<String, Object>();
        model.put("invoice", invoice.id);
        invoice.status = "RENDERED";
        invoice.notes.add("rendered at " + Instant.now());
        renderedInvoices.put(invoice.id, html.toString());
        auditTrail.add("rendered " + invoice.id + " with " + model.keySet());
        return html.append("</html>").toString();
    }

    String format(BigDecimal amount, String currencySymbol) {
        if (currencySymbol == null) {
            currencySymbol = this.currencySymbol;
        }
        return currencySymbol + " " + amount.setScale(2);
    }
}

@RestController
class InvoiceExportController {

    private final InvoiceRenderingService renderer;

    InvoiceExportController(InvoiceRenderingService renderer) {
        this.renderer = renderer;
    }

    @GetMapping("/invoices/export")
    void export(HttpServletResponse response) throws IOException {
        response.setHeader("Content-Type", "text/html");
        response.setStatus(200);
        response.getWriter().append(renderer.render(new InvoiceView("INV-1"), BigDecimal.TEN));
    }
}
