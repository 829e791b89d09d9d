// A CSV order import that skips unparsable rows with a bare continue in the catch block.
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Service;

record ImportRow(int lineNumber, String sku, int quantity, BigDecimal unitPrice) {
}

@Service
class OrderCsvImporter {

    List<ImportRow> parse(List<String> lines) {
        List<ImportRow> rows = new ArrayList<>();
        for (int i = 1; i < lines.size(); i++) {
            String[] cols = lines.get(i).split(";");
            if (cols.length < 3) {
                continue;
            }
            int quantity;
            BigDecimal price;
            try {
                quantity = Integer.parseInt(cols[1].trim());
                price = new BigDecimal(cols[2].trim());
            } catch (NumberFormatException e) { // expect: swallowed-exception "NumberFormatException"
                continue;
            }
            rows.add(new ImportRow(i + 1, cols[0].trim(), quantity, price));
        }
        return rows;
    }
}
