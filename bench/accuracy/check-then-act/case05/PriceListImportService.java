// Supplier price list upload: the CSV rows are de-duplicated by SKU (the first row of a SKU
// wins, later ones are reported back) before the prices are written in one batch.
package checkthenact.case05;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.web.multipart.MultipartFile;

@Service
public class PriceListImportService {

    private final JdbcClient jdbc;

    public PriceListImportService(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public ImportReport importPrices(String supplierId, MultipartFile upload) throws IOException {
        Map<String, PriceRow> firstBySku = new ConcurrentHashMap<>();
        var duplicates = new ArrayList<PriceRow>();
        try (var reader = new BufferedReader(new InputStreamReader(upload.getInputStream(), StandardCharsets.UTF_8))) {
            reader.readLine(); // header
            String line;
            while ((line = reader.readLine()) != null) {
                var row = PriceRow.parse(line);
                if (!firstBySku.containsKey(row.sku())) {
                    firstBySku.put(row.sku(), row);
                } else {
                    duplicates.add(row);
                }
            }
        }
        for (var row : firstBySku.values()) {
            jdbc.sql("UPDATE supplier_price SET price = :price WHERE supplier_id = :supplier AND sku = :sku")
                    .param("price", row.price())
                    .param("supplier", supplierId)
                    .param("sku", row.sku())
                    .update();
        }
        return new ImportReport(firstBySku.size(), duplicates.stream().map(PriceRow::sku).toList());
    }

    public record ImportReport(int imported, List<String> duplicateSkus) {
    }

    record PriceRow(String sku, BigDecimal price) {

        static PriceRow parse(String line) {
            var cells = line.split(";");
            return new PriceRow(cells[0].trim(), new BigDecimal(cells[1].trim().replace(',', '.')));
        }
    }
}
