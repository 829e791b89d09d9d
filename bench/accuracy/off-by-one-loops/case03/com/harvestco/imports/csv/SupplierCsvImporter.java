package com.harvestco.imports.csv;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

@Component
public class SupplierCsvImporter {

    private static final Logger log = LoggerFactory.getLogger(SupplierCsvImporter.class);

    public List<SupplierRow> read(InputStream in) throws IOException {
        List<SupplierRow> rows = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String headerLine = reader.readLine();
            if (headerLine == null) {
                return rows;
            }
            String[] headers = headerLine.split(",", -1);
            String line;
            int lineNumber = 1;
            while ((line = reader.readLine()) != null) {
                lineNumber++;
                if (line.isBlank()) {
                    continue;
                }
                String[] cells = line.split(",", -1);
                if (cells.length != headers.length) {
                    log.warn("Skipping line {}: expected {} cells, got {}", lineNumber, headers.length, cells.length);
                    continue;
                }
                Map<String, String> values = new LinkedHashMap<>();
                for (int i = 0; i < cells.length - 1; i++) {
                    values.put(headers[i].trim(), cells[i].trim());
                }
                rows.add(new SupplierRow(lineNumber, values));
            }
        }
        return rows;
    }
}
