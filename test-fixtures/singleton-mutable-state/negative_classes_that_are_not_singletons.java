// Mutable classes that are not singletons: a plain class, a record with a list component, a JPA @Entity and @Embeddable, a class named like a service without a stereotype, and a static nested builder declared inside a @Service.
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import org.springframework.stereotype.Service;

class PriceCalculator {

    private BigDecimal subtotal = BigDecimal.ZERO;
    private List<String> notes = new ArrayList<>();
    private int items;

    PriceCalculator add(String sku, BigDecimal price) {
        subtotal = subtotal.add(price);
        notes.add(sku + " " + price);
        items++;
        return this;
    }

    BigDecimal total() {
        return items > 10 ? subtotal.multiply(new BigDecimal("0.95")) : subtotal;
    }
}

record OrderDraft(String id, List<String> lines) {

    OrderDraft addLine(String line) {
        lines.add(line);
        return this;
    }
}

@Embeddable
class PostalAddress {

    private String street;
    private String city;

    void moveTo(String street, String city) {
        this.street = street;
        this.city = city;
    }
}

@Entity
class CustomerAccount {

    @Id
    private Long id;
    @Version
    private int version;
    private BigDecimal balance = BigDecimal.ZERO;
    private PostalAddress address;

    void credit(BigDecimal amount) {
        balance = balance.add(amount);
    }

    void relocate(PostalAddress address) {
        this.address = address;
    }
}

class LegacyEmailService {

    private String lastRecipient;
    private int sent;

    void send(String to, String body) {
        lastRecipient = to;
        sent++;
    }
}

@Service
class QuoteAssemblyService {

    static final class QuoteBuilder {

        private final List<String> lines = new ArrayList<>();
        private BigDecimal total = BigDecimal.ZERO;

        QuoteBuilder line(String text, BigDecimal amount) {
            lines.add(text);
            total = total.add(amount);
            return this;
        }

        String build() {
            return String.join("\n", lines) + "\nTotal " + total;
        }
    }

    String assemble(List<String> skus, BigDecimal unitPrice) {
        var builder = new QuoteBuilder();
        for (var sku : skus) {
            builder.line(sku, unitPrice);
        }
        return builder.build();
    }
}
