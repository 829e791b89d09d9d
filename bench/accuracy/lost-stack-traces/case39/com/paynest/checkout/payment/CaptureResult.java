package com.paynest.checkout.payment;

import java.util.UUID;

public record CaptureResult(UUID orderId, boolean success, String captureId, String reason) {

    public static CaptureResult captured(UUID orderId, String captureId) {
        return new CaptureResult(orderId, true, captureId, null);
    }

    public static CaptureResult declined(UUID orderId, String reason) {
        return new CaptureResult(orderId, false, null, reason);
    }
}
