// Contract documents for new subscriptions, rendered on request.
package staticfields.case20;

import java.time.LocalDate;
import java.util.Map;

import org.springframework.stereotype.Service;

@Service
public class ContractDocumentService {

    public byte[] contractFor(String customerName, String plan, LocalDate start) {
        return PdfTemplateEngine.getInstance().render("contract", Map.of(
                "customer", customerName,
                "plan", plan,
                "start", start));
    }

    public byte[] terminationFor(String customerName, LocalDate end) {
        return PdfTemplateEngine.getInstance().render("termination", Map.of("customer", customerName, "end", end));
    }
}
