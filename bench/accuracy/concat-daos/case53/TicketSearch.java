package concat.case53;

public record TicketSearch(String queue, int limit) {
}
