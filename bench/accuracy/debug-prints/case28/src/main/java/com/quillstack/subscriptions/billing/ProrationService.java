package com.quillstack.subscriptions.billing;

import org.springframework.stereotype.Service;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

@Service
public class ProrationService {

    public BigDecimal prorate(Plan current, Plan target, LocalDate periodStart, LocalDate periodEnd, LocalDate changeDate) {
        if (changeDate.isBefore(periodStart) || !changeDate.isBefore(periodEnd)) {
            throw new IllegalArgumentException("Change date " + changeDate + " is outside the billing period");
        }
        long periodDays = ChronoUnit.DAYS.between(periodStart, periodEnd);
        long remainingDays = ChronoUnit.DAYS.between(changeDate, periodEnd);
        BigDecimal difference = target.monthlyPrice().subtract(current.monthlyPrice());
        BigDecimal amount = difference
                .multiply(BigDecimal.valueOf(remainingDays))
                .divide(BigDecimal.valueOf(periodDays), 2, RoundingMode.HALF_EVEN);
        System.out.println("proration " + current.code() + "->" + target.code() + ": " + remainingDays + "/" + periodDays + " days = " + amount);
        return amount.max(BigDecimal.ZERO);
    }

    public record Plan(String code, BigDecimal monthlyPrice) {
    }
}
