package concat.case34;

public final class Tables {
    public static final String SCHEMA = "crm";
    public static final String CONTACTS = SCHEMA + ".contacts";
    public static final String ACTIVITIES = SCHEMA + ".activities";

    private Tables() {
    }
}
