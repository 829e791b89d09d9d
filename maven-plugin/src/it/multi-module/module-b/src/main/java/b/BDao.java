package b;

class BDao {
    String all() {
        return "select b.* from b_table b";
    }
}
