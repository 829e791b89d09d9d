// One HTTP client per shipping carrier, built from the carrier's settings on first use; each
// client owns its own connection pool.
package checkthenact.case38;

import java.net.http.HttpClient;
import java.time.Duration;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;

import org.springframework.stereotype.Component;

@Component
public class CarrierClientFactory {

    private final ConcurrentHashMap<String, CarrierClient> clients = new ConcurrentHashMap<>();
    private final CarrierSettingsProperties settings;

    public CarrierClientFactory(CarrierSettingsProperties settings) {
        this.settings = settings;
    }

    public CarrierClient forCarrier(String carrierCode) {
        var existing = clients.get(carrierCode); // race
        if (existing != null) {
            return existing;
        }
        var carrier = settings.carrier(carrierCode);
        var http = HttpClient.newBuilder()
                .connectTimeout(Duration.ofMillis(carrier.connectTimeoutMillis()))
                .executor(Executors.newFixedThreadPool(carrier.maxConnections()))
                .build();
        var created = new CarrierClient(carrierCode, carrier.baseUrl(), carrier.apiKey(), http);
        clients.put(carrierCode, created);
        return created;
    }
}
