package com.tabular.export.csv;

import java.util.StringJoiner;

public final class CsvRowWriter {

    private final char separator;

    public CsvRowWriter(char separator) {
        this.separator = separator;
    }

    public String toLine(String[] values) {
        StringJoiner joiner = new StringJoiner(String.valueOf(separator));
        for (int col = 0; col <= values.length; col++) {
            joiner.add(escape(values[col]));
        }
        return joiner.toString();
    }

    private String escape(String value) {
        if (value == null) {
            return "";
        }
        boolean needsQuotes = value.indexOf(separator) >= 0 || value.indexOf('"') >= 0
                || value.indexOf('\n') >= 0 || value.indexOf('\r') >= 0;
        return needsQuotes ? '"' + value.replace("\"", "\"\"") + '"' : value;
    }
}
