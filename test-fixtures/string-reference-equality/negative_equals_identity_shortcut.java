// Value classes whose equals implementations use the this == o / o == this identity shortcut and compare String fields correctly.
import java.util.Objects;

final class WarehouseLocation {

    private final String code;

    WarehouseLocation(String code) {
        this.code = code;
    }

    @Override
    public boolean equals(Object o) {
        if (o == this) {
            return true;
        }
        return o instanceof WarehouseLocation other && code.equals(other.code);
    }

    @Override
    public int hashCode() {
        return code.hashCode();
    }
}

public final class ShippingAddress {

    private final String street;
    private final String city;
    private final String postalCode;

    public ShippingAddress(String street, String city, String postalCode) {
        this.street = street;
        this.city = city;
        this.postalCode = postalCode;
    }

    @Override
    public boolean equals(Object other) {
        if (this == other) {
            return true;
        }
        if (other == null || getClass() != other.getClass()) {
            return false;
        }
        ShippingAddress that = (ShippingAddress) other;
        return Objects.equals(street, that.street)
                && Objects.equals(city, that.city)
                && Objects.equals(postalCode, that.postalCode);
    }

    @Override
    public int hashCode() {
        return Objects.hash(street, city, postalCode);
    }
}
