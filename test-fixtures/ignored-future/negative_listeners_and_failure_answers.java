// A future handed to a method that hangs a listener on it and hands it back, while a variable keeps the future itself; and an exceptionally stage that answers the failure without reading the exception (it runs on a failure alone).
import java.util.concurrent.CompletableFuture;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

enum ShipmentEvent { BOOKED, CANCELLED }

class ShipmentEventDispatcher {

    private static final Logger log = LoggerFactory.getLogger(ShipmentEventDispatcher.class);

    <T> CompletableFuture<T> notifyOnCompletion(CompletableFuture<T> future, String shipmentId, ShipmentEvent event) {
        return future.whenComplete((result, failure) -> log.info("{} {} done, failed: {}", shipmentId, event,
                failure != null));
    }
}

interface CarrierGateway {
    CompletableFuture<String> book(String shipmentId);

    CompletableFuture<Void> cancel(String shipmentId);
}

interface ShipmentReplies {
    void rejected(String shipmentId, String reason);
}

@Service
class ShipmentBookingService {

    private final CarrierGateway carriers;
    private final ShipmentEventDispatcher events;
    private final ShipmentReplies replies;

    ShipmentBookingService(CarrierGateway carriers, ShipmentEventDispatcher events, ShipmentReplies replies) {
        this.carriers = carriers;
        this.events = events;
        this.replies = replies;
    }

    CompletableFuture<String> book(String shipmentId) {
        CompletableFuture<String> booking = carriers.book(shipmentId);
        events.notifyOnCompletion(booking, shipmentId, ShipmentEvent.BOOKED);
        return booking;
    }

    void cancel(String shipmentId) {
        carriers.cancel(shipmentId).exceptionally(ignored -> {
            replies.rejected(shipmentId, "the carrier did not confirm the cancellation");
            return null;
        });
    }
}
