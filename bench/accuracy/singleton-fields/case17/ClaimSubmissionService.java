// Hands a finished claim to the claims core system and returns its claim number.
package singletons.case17;

import org.springframework.jms.core.JmsTemplate;
import org.springframework.stereotype.Service;

@Service
public class ClaimSubmissionService {

    private final JmsTemplate jms;
    private final ClaimNumberSequence sequence;

    public ClaimSubmissionService(JmsTemplate jms, ClaimNumberSequence sequence) {
        this.jms = jms;
        this.sequence = sequence;
    }

    public String submit(ClaimDraft draft) {
        String claimId = "CLM-" + sequence.next();
        jms.convertAndSend("claims.submitted", new Object[] {claimId, draft.holder(), draft.policyNumber(),
                draft.incidentDate().toString(), draft.description()});
        return claimId;
    }

    public interface ClaimNumberSequence {
        long next();
    }
}
