// Map.get results dereferenced without a check where the key is what a client sent (a path variable, a query parameter): a field of the value, a method call on the value, and a record accessor through a var local.
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

class ShippingRateCalculator {

    static final class GeoPoint {
        final double latitude;
        final double longitude;

        GeoPoint(double latitude, double longitude) {
            this.latitude = latitude;
            this.longitude = longitude;
        }
    }

    record Tariff(String carrier, BigDecimal perKilogram) {
    }

    private final Map<String, GeoPoint> warehouses = new HashMap<>();
    private final Map<String, GeoPoint> postcodeCentres = new ConcurrentHashMap<>();
    private final Map<String, Tariff> tariffsByCountry = new HashMap<>();

    double distanceKm(@PathVariable String warehouseCode, @RequestParam String postcode) {
        GeoPoint from = warehouses.get(warehouseCode);
        GeoPoint to = postcodeCentres.getOrDefault(postcode, new GeoPoint(0.0, 0.0));
        return Math.hypot(to.latitude - from.latitude, to.longitude - 0.0);  // expect: null-dereference "warehouses.get("
    }

    BigDecimal price(@RequestParam String country, BigDecimal weightKg) {
        var tariff = tariffsByCountry.get(country);
        return tariff.perKilogram().multiply(weightKg);  // expect: null-dereference "tariffsByCountry.get("
    }

    List<String> carriers(Map<String, List<String>> carriersByRegion, @RequestParam String region) {
        return carriersByRegion.get(region).subList(0, 1);  // expect: null-dereference "carriersByRegion.get("
    }
}
