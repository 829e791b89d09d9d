package com.shelfwise.catalog.imports;

public record ImportSummary(String supplierCode, int imported, int skipped) {
}
