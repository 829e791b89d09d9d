package com.fundbridge.settlement;

import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
public class SettlementReconciler {

    private static final Logger log = LoggerFactory.getLogger(SettlementReconciler.class);

    @Transactional
    public int reconcile(List<Settlement> pending) {
        int mismatches = 0;
        for (Settlement settlement : pending) {
            if (settlement.getNetCents() + settlement.getFeeCents() == settlement.getGrossCents()) {
                settlement.setState("RECONCILED");
            } else {
                log.warn("Settlement {} does not add up: gross {} fee {} net {}", settlement.getReference(),
                        settlement.getGrossCents(), settlement.getFeeCents(), settlement.getNetCents());
                settlement.setState("MISMATCH");
                mismatches++;
            }
        }
        return mismatches;
    }
}
