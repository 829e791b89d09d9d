// A constants holder (Sql, with a nested Sql.Orders) whose static final SQL other fixture files execute.
final class Sql {

    static final String USER_COLUMNS = "id, email, display_name";

    static final String USER_BASE = "SELECT " + USER_COLUMNS + " FROM users";

    static final String FIND_USER = USER_BASE + " WHERE id = ?";

    static final class Orders {

        static final String BY_CUSTOMER = "SELECT id, status, total_cents FROM orders WHERE customer_id = ?";

        private Orders() {
        }
    }

    private Sql() {
    }
}
