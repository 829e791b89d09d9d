// Claim as entered so far in the wizard.
package singletons.case17;

import java.time.LocalDate;

public record ClaimDraft(String holder, String policyNumber, LocalDate incidentDate, String description) {

    static ClaimDraft empty(String holder) {
        return new ClaimDraft(holder, null, null, null);
    }

    ClaimDraft withPolicy(String policyNumber, LocalDate incidentDate) {
        return new ClaimDraft(holder, policyNumber, incidentDate, description);
    }

    ClaimDraft withDescription(String description) {
        return new ClaimDraft(holder, policyNumber, incidentDate, description);
    }
}
