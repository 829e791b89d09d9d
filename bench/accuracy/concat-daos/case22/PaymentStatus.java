package concat.case22;

public enum PaymentStatus {
    PENDING,
    SETTLED,
    FAILED,
    REFUNDED
}
