package com.accrue.ledger.api;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * Invoice as published by the ledger API (version 3 of the contract).
 */
public record Invoice(String number, LocalDate issueDate, BigDecimal net, BigDecimal tax, String currency) {

    static Invoice fromRow(com.accrue.ledger.persistence.Invoice row) {
        return new Invoice(row.getNumber(), row.getIssueDate(), row.getNetAmount(), row.getTaxAmount(),
                row.getCurrency());
    }
}
