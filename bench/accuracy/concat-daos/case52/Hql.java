package concat.case52;

final class Hql {
    static final String BOOKING_ENTITY = "Booking";
    static final String UPCOMING_FOR_GUEST =
            "from " + BOOKING_ENTITY + " b where b.guestId = :guestId and b.checkIn >= current_date order by b.checkIn";

    private Hql() {
    }
}
