package streq.case15;

public record OutboundMessage(String id, String queue, int priority, byte[] body) {
}
