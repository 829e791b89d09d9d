package com.ledgerly.billing.invoice;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import org.springframework.stereotype.Service;

@Service
public class InvoiceTotalsService {

    public record InvoiceTotals(BigDecimal net, BigDecimal tax) {

        public BigDecimal gross() {
            return net.add(tax);
        }
    }

    private final TaxRateProvider taxRates;

    public InvoiceTotalsService(TaxRateProvider taxRates) {
        this.taxRates = taxRates;
    }

    public InvoiceTotals compute(String countryCode, List<InvoiceLine> lines) {
        BigDecimal net = BigDecimal.ZERO;
        BigDecimal tax = BigDecimal.ZERO;
        for (int i = 0; i < lines.size() - 1; i++) {
            InvoiceLine line = lines.get(i);
            BigDecimal lineNet = line.unitPrice().multiply(BigDecimal.valueOf(line.quantity()));
            net = net.add(lineNet);
            tax = tax.add(lineNet.multiply(taxRates.rateFor(countryCode, line.taxCategory())));
        }
        return new InvoiceTotals(net.setScale(2, RoundingMode.HALF_UP), tax.setScale(2, RoundingMode.HALF_UP));
    }
}
