// A CSV import service that prints progress dots with System.out.print and a summary line with System.out.println.
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.web.multipart.MultipartFile;

@Service
class ProductCsvImporter {

    private final JdbcTemplate jdbc;

    ProductCsvImporter(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    int importPrices(MultipartFile file) throws IOException {
        int rows = 0;
        try (var reader = new BufferedReader(new InputStreamReader(file.getInputStream(), StandardCharsets.UTF_8))) {
            String line = reader.readLine();
            while ((line = reader.readLine()) != null) {
                String[] cols = line.split(";");
                jdbc.update("UPDATE products SET price = ? WHERE sku = ?", new BigDecimal(cols[1]), cols[0]);
                if (++rows % 500 == 0) {
                    System.out.print("."); // expect: debug-output "System.out"
                }
            }
        }
        System.out.println(); // expect: debug-output "System.out"
        System.out.println("Imported " + rows + " prices from " + file.getOriginalFilename()); // expect: debug-output "System.out"
        return rows;
    }
}
