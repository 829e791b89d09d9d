package streq.case10;

public enum TicketState {
    OPEN,
    IN_PROGRESS,
    CLOSED
}
