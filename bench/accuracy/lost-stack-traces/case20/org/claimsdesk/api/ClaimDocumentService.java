package org.claimsdesk.api;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

public interface ClaimDocumentService {

    List<DocumentView> forClaim(UUID claimId);

    record DocumentView(UUID id, String type, String fileName, long sizeBytes, Instant uploadedAt) {
    }
}
