// Java 17 shapes that are safe: a @Nullable record component checked before use, a record whose compact constructor replaces null, a switch expression whose arm checks a Map.get, and a var local with a default.
import java.util.Map;
import java.util.Objects;

import org.springframework.lang.Nullable;

class InvoiceAddressFormatter {

    record BillingAddress(String line1, @Nullable String line2, String postcode) {
    }

    record Recipient(String name, String department) {
        Recipient {
            Objects.requireNonNull(name, "name");
            department = department == null ? "" : department;
        }
    }

    enum Layout { SINGLE_LINE, MULTI_LINE }

    private final Map<String, String> cityByPostcode;

    InvoiceAddressFormatter(Map<String, String> cityByPostcode) {
        this.cityByPostcode = cityByPostcode;
    }

    String format(BillingAddress address, Recipient recipient, Layout layout) {
        String line2 = address.line2();
        String second = line2 != null ? line2.trim() : "";
        String header = recipient.name().trim() + " " + recipient.department().trim();
        return switch (layout) {
            case SINGLE_LINE -> header + ", " + address.line1() + " " + second;
            case MULTI_LINE -> {
                String city = cityByPostcode.get(address.postcode());
                yield header + "\n" + address.line1() + "\n" + second + "\n" + (city == null ? "" : city.toUpperCase());
            }
        };
    }

    String postcodeArea(BillingAddress address) {
        var area = cityByPostcode.getOrDefault(address.postcode(), "UNKNOWN");
        return area.toLowerCase();
    }
}
