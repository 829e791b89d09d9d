package com.acme.catalog.importer;

import java.util.List;

/**
 * One parsed line of a supplier feed, with its fields unquoted and unescaped.
 */
public final class CsvRow {

    private final List<String> fields;
    private final long lineNumber;

    public CsvRow(List<String> fields, long lineNumber) {
        this.fields = fields;
        this.lineNumber = lineNumber;
    }

    public CharSequence field(int index) {
        return index < fields.size() ? fields.get(index) : "";
    }

    public int size() {
        return fields.size();
    }

    public long lineNumber() {
        return lineNumber;
    }
}
