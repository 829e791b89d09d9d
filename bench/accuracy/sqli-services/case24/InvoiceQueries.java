package eval2.case24;

/**
 * Native SQL for the collections module. Kept native because it relies on
 * PostgreSQL date arithmetic.
 */
final class InvoiceQueries {

    static final String OVERDUE_COLUMNS =
            "i.invoice_number, i.customer_id, i.amount_due, i.currency, CURRENT_DATE - i.due_on AS days_overdue";

    private InvoiceQueries() {
    }

    static String overdue(String currency, int minDays) {
        StringBuilder sb = new StringBuilder("SELECT ").append(OVERDUE_COLUMNS)
                .append(" FROM invoices i WHERE i.paid_on IS NULL")
                .append(" AND CURRENT_DATE - i.due_on >= ").append(minDays);
        if (currency != null) {
            sb.append(" AND i.currency = '").append(currency.toUpperCase()).append('\'');
        }
        return sb.append(" ORDER BY days_overdue DESC").toString();
    }
}
