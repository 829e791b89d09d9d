package eval5.case40;

public final class SqlCriteria {

    private SqlCriteria() {
    }

    public static String eq(String column, Object value) {
        return column + " = '" + value + "'";
    }

    public static String isFalse(String column) {
        return column + " = FALSE";
    }
}
