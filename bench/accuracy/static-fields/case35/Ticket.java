// A support ticket as received from the help centre form.
package staticfields.case35;

public record Ticket(String id, String product, String language, String rawTags, int priority) {
}
