// Defaults of the legacy bridge integration.
package httpclients.case26;

final class LegacyBridgeDefaults {

    static final long CONNECT_SECONDS = 3;
    static final String USER = "storefront";

    private LegacyBridgeDefaults() {
    }
}
