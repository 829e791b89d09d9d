package streq.case41;

public record OutboundMessage(String id, String queue, int priority, byte[] body) {
}
