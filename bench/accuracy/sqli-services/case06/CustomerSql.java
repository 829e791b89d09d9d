package eval2.case06;

/** SQL statements used by the customer lookup endpoints. */
final class CustomerSql {

    static final String CUSTOMER_COLUMNS = "c.id, c.display_name, c.email, c.country_code, c.created_at";

    static final String FIND_BY_EMAIL =
            "SELECT " + CUSTOMER_COLUMNS + " FROM customers c WHERE lower(c.email) = lower(?) AND c.active = true";

    private CustomerSql() {
    }
}
