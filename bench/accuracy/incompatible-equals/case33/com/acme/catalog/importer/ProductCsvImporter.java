package com.acme.catalog.importer;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

@Service
public class ProductCsvImporter {

    private static final Logger log = LoggerFactory.getLogger(ProductCsvImporter.class);
    private static final String HEADER_SKU = "sku";
    private static final String DISCONTINUED = "D";

    public List<ImportedProduct> importRows(List<CsvRow> rows) {
        List<ImportedProduct> products = new ArrayList<>();
        for (CsvRow row : rows) {
            if (row.size() < 4) {
                log.warn("Skipping short line {} ({} fields)", row.lineNumber(), row.size());
                continue;
            }
            CharSequence sku = row.field(0);
            if (Objects.equals(sku, HEADER_SKU)) {
                continue;
            }
            boolean discontinued = DISCONTINUED.contentEquals(row.field(3));
            products.add(new ImportedProduct(
                    sku.toString().trim(),
                    row.field(1).toString(),
                    new BigDecimal(row.field(2).toString()),
                    discontinued));
        }
        return products;
    }

    public record ImportedProduct(String sku, String name, BigDecimal listPrice, boolean discontinued) {
    }
}
