package com.finledger.erp;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

public interface JournalRepository {

    List<Entry> unexportedEntries(LocalDate day);

    void markExported(long entryId, String erpId);

    record Entry(long id, String account, BigDecimal amount, String currency, LocalDate bookedOn) {
    }
}
