// A checkout service that calls print and println methods of its own receipt printer interface, not of System.out.
import java.math.BigDecimal;
import java.util.List;
import org.springframework.stereotype.Service;

record ReceiptItem(String name, int quantity, BigDecimal price) {
}

interface ReceiptPrinter {
    void println(String line);

    void print(List<ReceiptItem> items);

    void printf(String format, Object... args);
}

@Service
class CheckoutReceiptService {

    private final ReceiptPrinter printer;

    CheckoutReceiptService(ReceiptPrinter printer) {
        this.printer = printer;
    }

    void printReceipt(String storeName, List<ReceiptItem> items) {
        printer.println(storeName);
        printer.print(items);
        BigDecimal total = items.stream()
                .map(i -> i.price().multiply(BigDecimal.valueOf(i.quantity())))
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        printer.printf("TOTAL %10s", total);
    }
}
