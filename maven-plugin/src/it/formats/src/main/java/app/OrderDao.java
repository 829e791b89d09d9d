package app;

class OrderDao {
    String all() {
        return "SELECT * FROM orders";
    }
}
