// Limits of the compliance archive integration.
package httpclients.case42;

public final class ComplianceArchiveLimits {

    public static final long CONNECT_SECONDS = 3;
    public static final long RESPONSE_SECONDS = 30;
    public static final int MAX_CONNECTIONS = 16;

    private ComplianceArchiveLimits() {
    }
}
