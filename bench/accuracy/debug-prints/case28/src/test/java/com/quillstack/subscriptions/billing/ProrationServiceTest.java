package com.quillstack.subscriptions.billing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.quillstack.subscriptions.billing.ProrationService.Plan;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;

class ProrationServiceTest {

    private final ProrationService service = new ProrationService();

    @Test
    void upgradeHalfwayThroughThePeriodChargesHalfTheDifference() {
        var basic = new Plan("basic", new BigDecimal("10.00"));
        var pro = new Plan("pro", new BigDecimal("30.00"));

        BigDecimal amount = service.prorate(basic, pro,
                LocalDate.of(2024, 4, 1), LocalDate.of(2024, 5, 1), LocalDate.of(2024, 4, 16));

        System.out.println("upgrade charge = " + amount);
        assertEquals(new BigDecimal("10.00"), amount);
    }

    @Test
    void downgradeIsNotRefunded() {
        var pro = new Plan("pro", new BigDecimal("30.00"));
        var basic = new Plan("basic", new BigDecimal("10.00"));

        BigDecimal amount = service.prorate(pro, basic,
                LocalDate.of(2024, 4, 1), LocalDate.of(2024, 5, 1), LocalDate.of(2024, 4, 10));

        assertEquals(0, amount.signum());
    }
}
