package app;

class RefundDao {
    String all() {
        return "SELECT * FROM refunds";
    }
}
