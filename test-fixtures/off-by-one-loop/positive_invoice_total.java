// An invoice service that sums line amounts with `i < lines.size() - 1` and so leaves the last invoice line out of the total.
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import org.springframework.stereotype.Service;

@Service
class InvoiceTotalService {

    private static final BigDecimal VAT_RATE = new BigDecimal("0.20");

    public BigDecimal net(List<InvoiceLine> lines) {
        BigDecimal total = BigDecimal.ZERO;
        for (int i = 0; i < lines.size() - 1; i++) { // expect: off-by-one-loop "last element"
            InvoiceLine line = lines.get(i);
            total = total.add(line.unitPrice().multiply(BigDecimal.valueOf(line.quantity())));
        }
        return total.setScale(2, RoundingMode.HALF_UP);
    }

    public BigDecimal gross(List<InvoiceLine> lines) {
        BigDecimal net = net(lines);
        return net.add(net.multiply(VAT_RATE)).setScale(2, RoundingMode.HALF_UP);
    }
}
