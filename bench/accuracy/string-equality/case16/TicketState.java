package streq.case16;

public enum TicketState {
    OPEN,
    IN_PROGRESS,
    CLOSED
}
