package com.legacybank.accounts.dao;

import java.math.BigDecimal;
import java.time.LocalDate;

public record StatementLine(int lineNo, LocalDate valueDate, BigDecimal amount, String narrative) {
}
