package eval5.case42;

public enum TransferStatus {
    PENDING,
    SETTLED,
    REJECTED,
    RETURNED
}
