package app;

class StockDao {
    String all() {
        return "SELECT * FROM stocks";
    }
}
