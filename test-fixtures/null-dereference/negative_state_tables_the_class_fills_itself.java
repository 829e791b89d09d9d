// A table set through a JavaBean setter that the class also adds to, and one built from a helper's map: which keys they hold the program decides, and the lookups are not reported.
import java.util.HashMap;
import java.util.Map;

class ChannelRouter {

    interface Channel {
        void send(String message);
    }

    private Map<String, Channel> channels = new HashMap<>();

    public void setChannels(Map<String, Channel> channels) {
        this.channels = channels;
    }

    public void register(String name, Channel channel) {
        channels.put(name, channel);
    }

    public void route(String name, String message) {
        channels.get(name).send(message);
    }

    public int limitFor(String tenant, Map<String, Integer> overrides) {
        Map<String, Integer> limits = new HashMap<>(defaults());
        limits.putAll(overrides);
        return limits.get(tenant).intValue();
    }

    private static Map<String, Integer> defaults() {
        return Map.of("free", 10, "team", 100);
    }
}
