package com.freightly.tracking.carrier;

final class CarrierApiConstants {

    static final String BASE_URL = "https://api.northline-carrier.example/tracking/v3";
    static final String ACCESS_TOKEN = "pat_8Hq2Lm5Xv9Rt1Kw4Zn7Bc3DfYp6Js0Ga";
    static final int MAX_SHIPMENTS_PER_CALL = 50;

    private CarrierApiConstants() {
    }
}
