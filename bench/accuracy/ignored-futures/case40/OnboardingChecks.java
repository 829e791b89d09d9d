// Calls to the identity and credit bureaus, each on the async executor.
package ignoredfutures.case40;

import java.util.concurrent.CompletableFuture;

import org.springframework.scheduling.annotation.Async;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;

@Component
public class OnboardingChecks {

    private final RestClient bureauRestClient;

    public OnboardingChecks(RestClient bureauRestClient) {
        this.bureauRestClient = bureauRestClient;
    }

    @Async
    public CompletableFuture<KycResult> verifyIdentity(OnboardingService.Applicant applicant) {
        KycResult result = bureauRestClient.post()
                .uri("/kyc/checks")
                .body(applicant)
                .retrieve()
                .body(KycResult.class);
        return CompletableFuture.completedFuture(result);
    }

    @Async
    public CompletableFuture<CreditReport> pullCreditReport(OnboardingService.Applicant applicant) {
        CreditReport report = bureauRestClient.get()
                .uri("/credit/companies/{number}", applicant.companyNumber())
                .retrieve()
                .body(CreditReport.class);
        return CompletableFuture.completedFuture(report);
    }

    public record KycResult(String reference, boolean passed) {
    }

    public record CreditReport(String reference, String band, long limitCents) {
    }
}
