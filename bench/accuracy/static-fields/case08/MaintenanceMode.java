// Maintenance switch of the whole application, toggled by operators.
package staticfields.case08;

public final class MaintenanceMode {

    private static volatile boolean enabled = false;
    private static volatile boolean readOnly;

    private MaintenanceMode() {
    }

    public static void enable() {
        enabled = true;
    }

    public static void enableReadOnly() {
        readOnly = true;
    }

    public static void disable() {
        enabled = false;
        readOnly = false;
    }

    public static boolean isEnabled() {
        return enabled;
    }

    public static boolean isReadOnly() {
        return readOnly;
    }
}
