package com.meridian.claims.insurer;

import java.math.BigDecimal;
import java.time.LocalDate;

public record ClaimStatus(String claimNumber, String state, BigDecimal approvedAmount, LocalDate decidedOn) {
}
