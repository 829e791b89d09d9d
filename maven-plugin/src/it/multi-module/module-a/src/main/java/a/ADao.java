package a;

class ADao {
    String all() {
        return "SELECT * FROM a_table";
    }
}
