// A CSV report writer that prints to a PrintStream parameter chosen by its caller, here a file stream.
import java.io.IOException;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.springframework.stereotype.Service;

record RevenueRow(String region, BigDecimal revenue, int orders) {
}

@Service
class RevenueCsvWriter {

    void write(List<RevenueRow> rows, PrintStream out) {
        out.println("region,revenue,orders");
        for (RevenueRow row : rows) {
            out.printf("%s,%s,%d%n", row.region(), row.revenue(), row.orders());
        }
        out.flush();
    }

    Path export(List<RevenueRow> rows, Path dir) throws IOException {
        Path target = dir.resolve("revenue.csv");
        try (var file = new PrintStream(Files.newOutputStream(target), false, StandardCharsets.UTF_8)) {
            write(rows, file);
        }
        return target;
    }
}
