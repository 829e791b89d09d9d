package com.quillstack.invoicing.tax;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

class VatCalculatorTest {

    private final VatCalculator calculator = new VatCalculator();

    @Test
    void germanStandardRate() {
        var breakdown = calculator.calculate(new BigDecimal("100.00"), "DE", false);
        System.out.println("DE breakdown: " + breakdown);
        assertEquals(new BigDecimal("19.00"), breakdown.vat());
        assertEquals(new BigDecimal("119.00"), breakdown.gross());
    }

    @Test
    void reverseChargeHasNoVat() {
        var breakdown = calculator.calculate(new BigDecimal("250.00"), "FR", true);
        System.out.printf("reverse charge: net=%s vat=%s%n", breakdown.net(), breakdown.vat());
        assertEquals(BigDecimal.ZERO, breakdown.vat());
    }

    @Test
    void unknownCountryIsRejected() {
        try {
            calculator.calculate(BigDecimal.TEN, "XX", false);
        } catch (IllegalArgumentException expected) {
            expected.printStackTrace();
        }
        assertThrows(IllegalArgumentException.class, () -> calculator.calculate(BigDecimal.TEN, "XX", false));
    }
}
