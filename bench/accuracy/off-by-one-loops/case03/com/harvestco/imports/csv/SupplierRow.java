package com.harvestco.imports.csv;

import java.util.Map;

public record SupplierRow(int lineNumber, Map<String, String> values) {

    public String get(String column) {
        return values.getOrDefault(column, "");
    }
}
