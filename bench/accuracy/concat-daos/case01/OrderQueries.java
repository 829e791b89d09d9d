package concat.case01;

/** SQL fragments shared by the order repositories. */
final class OrderQueries {
    static final String TABLE = "sales.orders";
    static final String SELECT_COLUMNS = "SELECT id, customer_id, total_cents, status, created_at";
    static final String FROM_ORDERS = " FROM " + TABLE;
    static final String BY_CUSTOMER = " WHERE customer_id = ?";

    private OrderQueries() {
    }
}
