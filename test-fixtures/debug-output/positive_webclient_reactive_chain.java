// A WebClient-based tracking client that prints in doOnNext and doOnError lambdas of a Reactor chain.
import java.time.Duration;
import org.springframework.stereotype.Component;
import org.springframework.web.reactive.function.client.WebClient;
import reactor.core.publisher.Mono;

record TrackingInfo(String trackingNumber, String status, String lastLocation) {
}

@Component
class ShipmentTrackingClient {

    private final WebClient webClient;

    ShipmentTrackingClient(WebClient.Builder builder) {
        this.webClient = builder.baseUrl("https://tracking.example.com").build();
    }

    Mono<TrackingInfo> track(String trackingNumber) {
        return webClient.get()
                .uri("/v2/shipments/{number}", trackingNumber)
                .retrieve()
                .bodyToMono(TrackingInfo.class)
                .timeout(Duration.ofSeconds(5))
                .doOnNext(info -> System.out.println("Tracking update: " + info)) // expect: debug-output "System.out"
                .doOnError(e -> e.printStackTrace()) // expect: debug-output "printStackTrace"
                .onErrorResume(e -> Mono.empty());
    }
}
