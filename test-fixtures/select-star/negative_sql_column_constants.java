// Column-list constants: ALL = "*" on its own and explicit-column SQL built from constants are not SELECT * queries.
final class SqlColumns {

    /** Projection for ad-hoc exports; only SQL that concatenates it with SELECT/FROM is a finding. */
    static final String ALL = "*";

    static final String USER_COLUMNS = "id, email, display_name, created_at";

    static final String ORDER_COLUMNS = "o.id, o.user_id, o.status, o.total_cents";

    static final String SELECT_USERS = "SELECT " + USER_COLUMNS + " FROM users";

    static final String SELECT_OPEN_ORDERS = "SELECT " + ORDER_COLUMNS
            + " FROM orders o"
            + " WHERE o.status = 'OPEN'";

    private SqlColumns() {
    }
}
