package com.sheetwise.exports.orders;

import java.util.List;
import org.springframework.stereotype.Component;

@Component
public class OrderCsvExporter {

    public String export(List<OrderLineView> rows) {
        StringBuilder csv = new StringBuilder("row;order_number;customer;total;status\n");
        for (int rowNumber = 1; rowNumber <= rows.size(); rowNumber++) {
            OrderLineView row = rows.get(rowNumber - 1);
            csv.append(rowNumber).append(';')
                    .append(row.orderNumber()).append(';')
                    .append(quote(row.customer())).append(';')
                    .append(row.total().toPlainString()).append(';')
                    .append(row.status()).append('\n');
        }
        return csv.toString();
    }

    private static String quote(String value) {
        if (value == null) {
            return "";
        }
        if (value.indexOf(';') >= 0 || value.indexOf('"') >= 0 || value.indexOf('\n') >= 0) {
            return '"' + value.replace("\"", "\"\"") + '"';
        }
        return value;
    }
}
