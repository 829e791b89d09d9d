// Java 17 shapes over values of the program's own: a record component annotated @Nullable read through its accessor, a var local from a map lookup in a switch expression arm, and a pattern instanceof on a different value. None is a source.
import java.util.Map;

import org.springframework.lang.Nullable;

class ShipmentLabelPrinter {

    record PostalAddress(String street, @Nullable String unit, String city, String country) {
    }

    enum LabelFormat { COMPACT, FULL }

    private final Map<String, String> countryNames;

    ShipmentLabelPrinter(Map<String, String> countryNames) {
        this.countryNames = countryNames;
    }

    String unitLine(PostalAddress address) {
        return "Unit " + address.unit().toUpperCase();
    }

    String countryLine(PostalAddress address, LabelFormat format) {
        return switch (format) {
            case COMPACT -> address.country();
            case FULL -> {
                var name = countryNames.get(address.country());
                yield name.toUpperCase();
            }
        };
    }

    String recipient(Object parcelOwner, Map<String, Object> labelsByOwner) {
        Object label = labelsByOwner.get(String.valueOf(parcelOwner));
        if (parcelOwner instanceof String owner && !owner.isBlank()) {
            return owner + ": " + label.toString();
        }
        return "unknown";
    }
}
