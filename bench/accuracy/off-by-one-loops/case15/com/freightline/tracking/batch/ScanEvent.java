package com.freightline.tracking.batch;

import java.time.OffsetDateTime;

public record ScanEvent(String trackingNumber, String depotCode, String eventCode, OffsetDateTime scannedAt) {
}
