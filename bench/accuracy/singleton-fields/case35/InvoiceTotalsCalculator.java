// Invoice totals of the billing EJB module: net, tax per rate and gross, accumulated
// per invoice in helper objects.
package singletons.case35;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

@Stateless
public class InvoiceTotalsCalculator {

    @PersistenceContext(unitName = "billing")
    private EntityManager em;

    public InvoiceTotals totalsOf(long invoiceId) {
        List<Object[]> lines = em.createQuery(
                        "select l.netAmount, l.taxRate from InvoiceLine l where l.invoice.id = :id", Object[].class)
                .setParameter("id", invoiceId)
                .getResultList();
        var totals = new InvoiceTotals(invoiceId);
        Map<BigDecimal, TaxBucket> buckets = new TreeMap<>();
        for (Object[] line : lines) {
            BigDecimal net = (BigDecimal) line[0];
            BigDecimal rate = (BigDecimal) line[1];
            buckets.computeIfAbsent(rate, TaxBucket::new).add(net);
            totals.addNet(net);
        }
        buckets.values().forEach(bucket -> totals.addTax(bucket.rate, bucket.tax()));
        return totals;
    }

    private static final class TaxBucket {

        private final BigDecimal rate;
        private BigDecimal base = BigDecimal.ZERO;
        private int lines;

        TaxBucket(BigDecimal rate) {
            this.rate = rate;
        }

        void add(BigDecimal net) {
            base = base.add(net);
            lines++;
        }

        BigDecimal tax() {
            return base.multiply(rate).setScale(2, RoundingMode.HALF_UP);
        }
    }
}
