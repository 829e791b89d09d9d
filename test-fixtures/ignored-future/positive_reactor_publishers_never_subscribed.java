// Reactor Mono/Flux returned by a call and never subscribed, so nothing runs: a WebClient exchange ending in bodyToMono or toBodilessEntity, reactive repository save/saveAll/deleteById, and Mono-returning methods of the scanned sources (one declared in another file).
import java.time.Instant;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.repository.reactive.ReactiveCrudRepository;
import org.springframework.stereotype.Service;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.reactive.function.client.WebClient;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

record Shipment(String id, String orderId, String carrier, Instant dispatchedAt) {
}

interface ShipmentRepository extends ReactiveCrudRepository<Shipment, String> {
}

@Service
class ShipmentService {

    private final ShipmentRepository shipments;
    private final WebClient carrierClient;
    private final ReactiveAuditClient audit;

    ShipmentService(ShipmentRepository shipments, WebClient carrierClient, ReactiveAuditClient audit) {
        this.shipments = shipments;
        this.carrierClient = carrierClient;
        this.audit = audit;
    }

    Mono<Shipment> dispatch(Shipment shipment) {
        audit.record("shipment.dispatched", shipment.id()); // expect: ignored-future "`record()`"
        carrierClient.post() // expect: ignored-future "`bodyToMono()`"
                .uri("/pickups")
                .bodyValue(shipment)
                .retrieve()
                .bodyToMono(String.class);
        return Mono.just(shipment);
    }

    void cancel(String shipmentId) {
        carrierClient.delete().uri("/pickups/{id}", shipmentId).retrieve().toBodilessEntity(); // expect: ignored-future "`toBodilessEntity()`"
        shipments.deleteById(shipmentId); // expect: ignored-future "`deleteById()`"
    }

    void importBatch(List<Shipment> batch) {
        shipments.saveAll(batch); // expect: ignored-future "`saveAll()`"
        markImported(batch); // expect: ignored-future "`markImported()`"
    }

    Flux<Shipment> markImported(List<Shipment> batch) {
        return Flux.fromIterable(batch).map(s -> new Shipment(s.id(), s.orderId(), s.carrier(), Instant.now()));
    }
}

@RestController
class ShipmentController {

    private static final Logger log = LoggerFactory.getLogger(ShipmentController.class);
    private final ShipmentRepository shipments;

    ShipmentController(ShipmentRepository shipments) {
        this.shipments = shipments;
    }

    @PostMapping("/shipments")
    Mono<Void> create(@RequestBody Shipment shipment) {
        shipments.save(shipment); // expect: ignored-future "`save()`"
        return Mono.empty();
    }

    @DeleteMapping("/shipments/{id}")
    Mono<Void> delete(@PathVariable String id) {
        Mono<Void> removal = shipments.deleteById(id);
        removal.then(Mono.fromRunnable(() -> log.info("shipment {} deleted", id))); // expect: ignored-future "`then()`"
        return Mono.empty();
    }
}
