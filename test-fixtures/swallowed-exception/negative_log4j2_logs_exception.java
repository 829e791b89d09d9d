// A Log4j 2 message consumer whose catch blocks pass the exception to error(..), catching(..) and a supplier overload.
import java.util.Map;
import org.apache.logging.log4j.Level;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import org.springframework.stereotype.Component;

@Component
class ShipmentMessageConsumer {

    private static final Logger LOG = LogManager.getLogger(ShipmentMessageConsumer.class);

    void onMessage(Map<String, String> headers, String payload) {
        try {
            long shipmentId = Long.parseLong(headers.get("shipment-id"));
            process(shipmentId, payload);
        } catch (NumberFormatException e) {
            LOG.error("Message without a valid shipment-id header: {}", headers, e);
        } catch (IllegalStateException e) {
            LOG.catching(Level.WARN, e);
        } catch (RuntimeException e) {
            LOG.warn(() -> "Unexpected failure processing " + headers.get("message-id"), e);
        }
    }

    private void process(long shipmentId, String payload) {
        if (payload.isBlank()) {
            throw new IllegalStateException("Empty payload for shipment " + shipmentId);
        }
    }
}
