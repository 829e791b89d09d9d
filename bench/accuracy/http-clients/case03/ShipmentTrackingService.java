// Looks up tracking events of a shipment through the tracking WebClient bean.
package httpclients.case03;

import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.web.reactive.function.client.WebClient;
import reactor.core.publisher.Mono;

@Service
public class ShipmentTrackingService {

    private final WebClient trackingWebClient;

    public ShipmentTrackingService(WebClient trackingWebClient) {
        this.trackingWebClient = trackingWebClient;
    }

    public Mono<List<TrackingEvent>> events(String trackingNumber) {
        return trackingWebClient.get()
                .uri("/shipments/{number}/events", trackingNumber)
                .retrieve()
                .bodyToFlux(TrackingEvent.class)
                .collectList();
    }

    public record TrackingEvent(String status, String location, String occurredAt) {
    }
}
