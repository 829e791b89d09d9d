package stars.case58;

public interface InvoiceSql {

    String ALL_FOR_ACCOUNT = "SELECT * FROM invoices " // star
            + "WHERE account_id = ? ORDER BY issued_at DESC";

    String MARK_PAID = "UPDATE invoices SET paid_at = now() WHERE id = ?";
}
