package com.quillstack.hr.export;

import java.math.BigDecimal;
import java.time.YearMonth;

public record PayrollRow(String employeeNumber, String fullName, YearMonth period,
                         BigDecimal gross, BigDecimal deductions, String iban) {

    public BigDecimal net() {
        return gross.subtract(deductions);
    }
}
