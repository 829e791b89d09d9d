package com.tallyhq.reports.csv;

import java.math.BigDecimal;
import java.util.List;
import org.springframework.stereotype.Service;

@Service
public class ExpenseReportReader {

    public record Expense(String employee, String category, BigDecimal amount) {
    }

    public List<Expense> read(List<String> lines) {
        if (lines.isEmpty()) {
            return List.of();
        }
        CsvHeaderIndex index = CsvHeaderIndex.parse(lines.get(0));
        int employee = index.require("employee");
        int category = index.require("category");
        int amount = index.require("amount");
        return lines.stream()
                .skip(1)
                .filter(line -> !line.isBlank())
                .map(line -> line.split(";"))
                .map(cells -> new Expense(cells[employee], cells[category], new BigDecimal(cells[amount])))
                .toList();
    }
}
