package com.shelfwise.catalog.imports;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;

@Service
public class ProductCatalogImporter {

    private static final Logger log = LoggerFactory.getLogger(ProductCatalogImporter.class);
    private static final int PROGRESS_EVERY = 500;

    private final JdbcTemplate jdbc;

    public ProductCatalogImporter(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional
    public ImportSummary importCsv(String supplierCode, InputStream csv) throws IOException {
        int imported = 0;
        int skipped = 0;
        try (var reader = new BufferedReader(new InputStreamReader(csv, StandardCharsets.UTF_8))) {
            String header = reader.readLine();
            if (header == null || !header.toLowerCase().startsWith("sku,")) {
                throw new IllegalArgumentException("Not a product catalog file: missing sku header");
            }
            String line;
            while ((line = reader.readLine()) != null) {
                String[] cols = line.split(",", -1);
                if (cols.length < 4 || cols[0].isBlank()) {
                    skipped++;
                    continue;
                }
                jdbc.update("""
                        INSERT INTO products (supplier_code, sku, name, unit_price, ean)
                        VALUES (?, ?, ?, ?, ?)
                        ON CONFLICT (supplier_code, sku) DO UPDATE
                        SET name = EXCLUDED.name, unit_price = EXCLUDED.unit_price, ean = EXCLUDED.ean
                        """, supplierCode, cols[0].trim(), cols[1].trim(), new BigDecimal(cols[2].trim()), cols[3].trim());
                imported++;
                if (imported % PROGRESS_EVERY == 0) {
                    System.out.print(".");
                }
            }
        }
        log.info("Catalog import for supplier {}: {} imported, {} skipped", supplierCode, imported, skipped);
        return new ImportSummary(supplierCode, imported, skipped);
    }
}
