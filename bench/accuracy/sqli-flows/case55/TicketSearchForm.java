package eval5.case55;

public record TicketSearchForm(String status, String assignee, Integer page) {

    public int pageOrFirst() {
        return page == null || page < 1 ? 1 : page;
    }
}
