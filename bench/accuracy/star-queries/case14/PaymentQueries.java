package stars.case14;

final class PaymentQueries {

    static final String BY_ORDER = "SELECT * FROM payments WHERE order_id = ?"; // star

    static final String REFUND = "UPDATE payments SET status = 'REFUNDED' WHERE id = ?";

    private PaymentQueries() {
    }
}
