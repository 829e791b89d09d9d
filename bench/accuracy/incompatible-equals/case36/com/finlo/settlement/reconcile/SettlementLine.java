package com.finlo.settlement.reconcile;

import java.math.BigDecimal;

/**
 * One line of the acquirer's settlement file. The merchant reference is the order number
 * we sent with the capture, echoed back as text.
 */
public record SettlementLine(String merchantReference, BigDecimal amount, String currency) {
}
