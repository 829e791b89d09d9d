// Billing helpers with ordinary `< size()`, `< length`, `< length()` loops, a local `int n = lines.size()` and a `while (i < lines.size())`.
import java.math.BigDecimal;
import java.util.List;
import org.springframework.stereotype.Service;

record InvoiceLine(String sku, int quantity, BigDecimal unitPrice) {
}

@Service
class BillingHelpers {

    public BigDecimal total(List<InvoiceLine> lines) {
        BigDecimal total = BigDecimal.ZERO;
        for (int i = 0; i < lines.size(); i++) {
            InvoiceLine line = lines.get(i);
            total = total.add(line.unitPrice().multiply(BigDecimal.valueOf(line.quantity())));
        }
        return total;
    }

    public int totalQuantity(List<InvoiceLine> lines) {
        int n = lines.size();
        int quantity = 0;
        for (int i = 0; i < n; i++) {
            quantity += lines.get(i).quantity();
        }
        return quantity;
    }

    public long cents(long[] amounts) {
        long sum = 0;
        for (int i = 0; i < amounts.length; i++) {
            sum += amounts[i];
        }
        return sum;
    }

    public boolean isNumericReference(String reference) {
        for (int i = 0; i < reference.length(); i++) {
            if (!Character.isDigit(reference.charAt(i))) {
                return false;
            }
        }
        return !reference.isEmpty();
    }

    public int firstFreeLine(List<InvoiceLine> lines) {
        int i = 0;
        while (i < lines.size()) {
            if (lines.get(i).quantity() == 0) {
                return i;
            }
            i++;
        }
        return -1;
    }
}
