// A webhook verifier that compares Long.valueOf / Integer.valueOf results with each other and with boxed fields injected by @Value.
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

@Component
class WebhookSignatureChecker {

    private final Long expectedAccountId;
    private final Integer expectedApiVersion;

    WebhookSignatureChecker(@Value("${webhook.account-id}") Long expectedAccountId,
                            @Value("${webhook.api-version:3}") Integer expectedApiVersion) {
        this.expectedAccountId = expectedAccountId;
        this.expectedApiVersion = expectedApiVersion;
    }

    public boolean sameAccount(String headerAccount, String payloadAccount) {
        return Long.valueOf(headerAccount) == Long.valueOf(payloadAccount); // expect: boxed-reference-equality "`Long.valueOf(headerAccount)`"
    }

    public boolean fromExpectedAccount(String accountHeader) {
        return Long.valueOf(accountHeader.trim()) == expectedAccountId; // expect: boxed-reference-equality "`Long.valueOf(accountHeader.trim())`"
    }

    public boolean versionMismatch(String versionHeader) {
        Integer version = Integer.valueOf(versionHeader);
        return version != expectedApiVersion; // expect: boxed-reference-equality "`version`"
    }

    public boolean parsedAccountMatches(String raw) {
        return Long.parseLong(raw) == expectedAccountId;
    }
}
