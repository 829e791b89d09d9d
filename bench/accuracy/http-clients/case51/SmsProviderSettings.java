// Constants of the SMS provider integration.
package httpclients.case51;

final class SmsProviderSettings {

    static final String RECEIPT_URL = "https://api.sms-provider.example.com/v1/receipts";
    static final int CONNECT_TIMEOUT_MS = 2_500;

    private SmsProviderSettings() {
    }
}
