package com.greenmile.produce.intake;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;

@Component
public class DeliveryNoteParser {

    public record DeliveryLine(String articleNumber, BigDecimal weightKg) {
    }

    /**
     * Parses the body of a delivery note: one line per crate: article number, weight in kg, then optional remarks.
     */
    public List<List<String>> cells(String body) {
        List<List<String>> table = new ArrayList<>();
        for (String line : body.split("\\R")) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] cells = line.split(";");
            List<String> row = new ArrayList<>(cells.length);
            for (int i = 0; i <= cells.length - 1; i++) {
                row.add(cells[i].strip());
            }
            table.add(row);
        }
        return table;
    }

    public List<DeliveryLine> lines(String body) {
        List<DeliveryLine> lines = new ArrayList<>();
        for (List<String> row : cells(body)) {
            if (row.size() >= 2) {
                lines.add(new DeliveryLine(row.get(0), new BigDecimal(row.get(1).replace(',', '.'))));
            }
        }
        return lines;
    }
}
