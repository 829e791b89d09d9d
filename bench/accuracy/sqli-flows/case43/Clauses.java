package eval5.case43;

public final class Clauses {

    private Clauses() {
    }

    public static String atLeast(String column, int value) {
        return column + " >= " + value;
    }

    public static String where(String... conditions) {
        return conditions.length == 0 ? "" : " WHERE " + String.join(" AND ", conditions);
    }
}
