package com.greenleaf.catalog.imports;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.List;

public interface PriceStore {

    void replaceAll(List<PriceEntry> entries);

    record PriceEntry(String sku, BigDecimal amount, Currency currency) {
    }
}
