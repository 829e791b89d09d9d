// Opening a new store: the store is saved with its address, and its map coordinates are
// filled in once the geocoder has answered.
package ignoredfutures.case37;

import java.util.concurrent.CompletableFuture;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;

@Service
public class StoreLocationService {

    private final JdbcClient jdbcClient;
    private final AddressGeocoder geocoder;

    public StoreLocationService(JdbcClient jdbcClient, AddressGeocoder geocoder) {
        this.jdbcClient = jdbcClient;
        this.geocoder = geocoder;
    }

    public long openStore(String name, String street, String city, String countryCode) {
        CompletableFuture<AddressGeocoder.GeoPoint> geocoding = geocoder.geocode(street + ", " + city, countryCode);
        var keys = new GeneratedKeyHolder();
        jdbcClient.sql("INSERT INTO stores (name, street, city, country_code) VALUES (?, ?, ?, ?)")
                .params(name, street, city, countryCode)
                .update(keys, "id");
        long storeId = keys.getKeyAs(Long.class);
        geocoding.thenAccept(point -> updateCoordinates(storeId, point)); // dropped
        return storeId;
    }

    private void updateCoordinates(long storeId, AddressGeocoder.GeoPoint point) {
        jdbcClient.sql("UPDATE stores SET latitude = ?, longitude = ? WHERE id = ?")
                .params(point.latitude(), point.longitude(), storeId)
                .update();
    }
}
