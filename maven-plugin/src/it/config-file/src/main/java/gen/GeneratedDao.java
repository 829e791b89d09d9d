package gen;

class GeneratedDao {
    String all() {
        return "SELECT * FROM orders";
    }
}
