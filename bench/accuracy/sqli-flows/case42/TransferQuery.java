package eval5.case42;

import java.util.UUID;

public record TransferQuery(UUID accountId, TransferStatus status, int limit) {

    public TransferQuery {
        if (accountId == null) {
            throw new IllegalArgumentException("accountId is required");
        }
        if (status == null) {
            status = TransferStatus.PENDING;
        }
        limit = limit <= 0 ? 20 : Math.min(limit, 200);
    }
}
