package com.ledgerline.banking.transactions;

import java.math.BigDecimal;
import java.time.Instant;

import org.springframework.data.annotation.Id;

public record AccountTransaction(
        @Id Long id,
        String accountId,
        BigDecimal amount,
        String counterparty,
        boolean pending,
        Instant postedAt) {
}
