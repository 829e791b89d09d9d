package com.tallyhq.reports.csv;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

public final class CsvHeaderIndex {

    private final Map<String, Integer> positions;

    private CsvHeaderIndex(Map<String, Integer> positions) {
        this.positions = positions;
    }

    public static CsvHeaderIndex parse(String headerLine) {
        String[] headers = headerLine.split(";");
        Map<String, Integer> positions = new HashMap<>();
        for (int i = 0; i <= headers.length; i++) {
            String name = headers[i].strip().toLowerCase(Locale.ROOT);
            if (positions.putIfAbsent(name, i) != null) {
                throw new IllegalArgumentException("Duplicate column '" + name + "' in header");
            }
        }
        return new CsvHeaderIndex(Map.copyOf(positions));
    }

    public Optional<Integer> position(String column) {
        return Optional.ofNullable(positions.get(column.toLowerCase(Locale.ROOT)));
    }

    public int require(String column) {
        return position(column).orElseThrow(() -> new IllegalArgumentException("Missing column '" + column + "'"));
    }
}
