// Running totals of one invoice, built by the calculator and returned to the caller.
package singletons.case35;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

public class InvoiceTotals {

    private final long invoiceId;
    private BigDecimal net = BigDecimal.ZERO;
    private BigDecimal tax = BigDecimal.ZERO;
    private final Map<BigDecimal, BigDecimal> taxByRate = new LinkedHashMap<>();
    private int lineCount;

    public InvoiceTotals(long invoiceId) {
        this.invoiceId = invoiceId;
    }

    public void addNet(BigDecimal amount) {
        net = net.add(amount);
        lineCount++;
    }

    public void addTax(BigDecimal rate, BigDecimal amount) {
        taxByRate.put(rate, amount);
        tax = tax.add(amount);
    }

    public long invoiceId() { return invoiceId; }
    public BigDecimal net() { return net; }
    public BigDecimal tax() { return tax; }
    public BigDecimal gross() { return net.add(tax); }
    public Map<BigDecimal, BigDecimal> taxByRate() { return Map.copyOf(taxByRate); }
    public int lineCount() { return lineCount; }
}
