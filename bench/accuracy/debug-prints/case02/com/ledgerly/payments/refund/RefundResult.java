package com.ledgerly.payments.refund;

public record RefundResult(boolean accepted, String reference, String declineCode) {

    public static RefundResult accepted(String reference) {
        return new RefundResult(true, reference, null);
    }

    public static RefundResult rejected(String declineCode) {
        return new RefundResult(false, null, declineCode);
    }
}
