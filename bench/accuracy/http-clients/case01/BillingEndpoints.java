// Endpoint and timeout constants of the billing system integration.
package httpclients.case01;

public final class BillingEndpoints {

    public static final String BASE_URL = "https://billing.internal.example.com/api/v2";
    public static final long CONNECT_TIMEOUT_SECONDS = 2;
    public static final long RESPONSE_TIMEOUT_SECONDS = 15;

    private BillingEndpoints() {
    }
}
