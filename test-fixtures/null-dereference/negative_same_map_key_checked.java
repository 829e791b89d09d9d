// Map.get with the same constant key on the same map read twice, the first read checked: `if (m.get("k") != null) m.get("k").foo()`, and the ternary form.
import java.util.Map;

class MailRelaySettings {

    record Relay(String host, int port, String username) {
    }

    Relay fromProperties(Map<String, String> properties) {
        String host = "localhost";
        if (properties.get("relay.host") != null) {
            host = properties.get("relay.host").trim();
        }
        int port = properties.get("relay.port") == null ? 25 : Integer.parseInt(properties.get("relay.port").trim());
        return new Relay(host, port, properties.getOrDefault("relay.username", "").trim());
    }
}
