// Business account onboarding: the identity check and the credit report run in parallel on
// the async executor and the decision is made when both are in.
package ignoredfutures.case40;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.springframework.stereotype.Service;

@Service
public class OnboardingService {

    private final OnboardingChecks checks;

    public OnboardingService(OnboardingChecks checks) {
        this.checks = checks;
    }

    public CompletableFuture<Decision> evaluate(Applicant applicant) {
        CompletableFuture<OnboardingChecks.KycResult> kyc = checks.verifyIdentity(applicant);
        CompletableFuture<OnboardingChecks.CreditReport> credit = checks.pullCreditReport(applicant);
        return CompletableFuture.allOf(kyc, credit)
                .orTimeout(90, TimeUnit.SECONDS)
                .thenApply(ignored -> decide(applicant, kyc.join(), credit.join()))
                .exceptionally(ex -> Decision.manualReview(applicant.companyNumber(), ex.getMessage()));
    }

    private Decision decide(Applicant applicant, OnboardingChecks.KycResult kyc, OnboardingChecks.CreditReport credit) {
        if (!kyc.passed()) {
            return new Decision(applicant.companyNumber(), "REJECTED", "identity not verified");
        }
        return switch (credit.band()) {
            case "A", "B" -> new Decision(applicant.companyNumber(), "APPROVED", "credit band " + credit.band());
            case "C" -> Decision.manualReview(applicant.companyNumber(), "credit band C");
            default -> new Decision(applicant.companyNumber(), "REJECTED", "credit band " + credit.band());
        };
    }

    public record Applicant(String companyNumber, String legalName, String directorName, String country) {
    }

    public record Decision(String companyNumber, String outcome, String reason) {

        static Decision manualReview(String companyNumber, String reason) {
            return new Decision(companyNumber, "MANUAL_REVIEW", reason);
        }
    }
}
