// An inventory client that translates low-level failures into new exceptions built only from a message, dropping the caught exception as cause.
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

class InventoryFeedClient {

    private final URI feedUri;
    private final Map<String, Integer> lastKnown = new ConcurrentHashMap<>();

    InventoryFeedClient(URI feedUri) {
        this.feedUri = feedUri;
    }

    public String fetchFeed() {
        try (InputStream in = feedUri.toURL().openStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new ServiceException("Inventory feed " + feedUri + " unavailable: " + e.getMessage()); // expect: lost-stack-trace "ServiceException"
        }
    }

    public int quantity(String sku, String raw) {
        try {
            int quantity = Integer.parseInt(raw);
            lastKnown.put(sku, quantity);
            return quantity;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("Quantity for " + sku + " is not a number"); // expect: lost-stack-trace "IllegalArgumentException"
        }
    }

    public URL mirror(String host) {
        try {
            return URI.create("https://" + host + feedUri.getPath()).toURL();
        } catch (IOException | IllegalArgumentException ex) {
            throw new IllegalStateException(ex.toString()); // expect: lost-stack-trace "IllegalStateException"
        }
    }

    public String fetchFeedOrFail() {
        try (InputStream in = feedUri.toURL().openStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new ServiceException("Inventory feed " + feedUri + " unavailable", e);
        }
    }
}
