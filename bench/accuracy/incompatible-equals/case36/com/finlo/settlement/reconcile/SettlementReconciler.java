package com.finlo.settlement.reconcile;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

public class SettlementReconciler {

    private static final Logger LOG = Logger.getLogger(SettlementReconciler.class.getName());

    /**
     * Marks the captured payments that the acquirer reports as settled and returns the
     * lines that matched nothing.
     */
    public List<SettlementLine> reconcile(List<Payment> openPayments, List<SettlementLine> lines) {
        List<SettlementLine> unmatched = new ArrayList<>();
        for (SettlementLine line : lines) {
            String orderRef = line.merchantReference().trim();
            Optional<Payment> match = openPayments.stream()
                    .filter(p -> !p.isSettled())
                    .filter(p -> p.getOrderId().equals(orderRef))
                    .filter(p -> p.getAmount().compareTo(line.amount()) == 0)
                    .findFirst();
            if (match.isPresent()) {
                match.get().markSettled();
            } else {
                LOG.log(Level.WARNING, "No open payment for settlement line {0}", orderRef);
                unmatched.add(line);
            }
        }
        return unmatched;
    }
}
