package com.ledgerly.reports.export;

import java.math.BigDecimal;
import java.time.LocalDate;

public record LedgerLine(LocalDate bookingDate, String account, String description, BigDecimal amount) {
}
