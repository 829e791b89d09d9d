// Tells the carrier to pick up a parcel once its label is printed, and cancels pickups of
// parcels pulled from the dock; the carrier API is called through a WebClient from MVC code.
package ignoredfutures.case11;

import java.time.Duration;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.web.reactive.function.client.WebClient;

@Service
public class CarrierPickupNotifier {

    private final WebClient carrierWebClient;
    private final JdbcClient jdbcClient;

    public CarrierPickupNotifier(WebClient carrierWebClient, JdbcClient jdbcClient) {
        this.carrierWebClient = carrierWebClient;
        this.jdbcClient = jdbcClient;
    }

    public void labelPrinted(Parcel parcel) {
        jdbcClient.sql("UPDATE parcels SET label_printed_at = now() WHERE id = ?")
                .param(parcel.id())
                .update();
        carrierWebClient.post() // dropped
                .uri("/v1/pickups")
                .bodyValue(new Parcel.PickupRequest(parcel.trackingNumber(), parcel.warehouseCode(), parcel.weightGrams()))
                .retrieve()
                .bodyToMono(Void.class);
    }

    public void pulledFromDock(Parcel parcel) {
        carrierWebClient.delete()
                .uri("/v1/pickups/{tracking}", parcel.trackingNumber())
                .retrieve()
                .toBodilessEntity()
                .block(Duration.ofSeconds(5));
        jdbcClient.sql("UPDATE parcels SET label_printed_at = NULL WHERE id = ?")
                .param(parcel.id())
                .update();
    }
}
