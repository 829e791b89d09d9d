// A reply of the billing system, correlated with its request.
package ignoredfutures.case26;

public record ReplyMessage(String correlationId, String errorCode, String payload) {
}
