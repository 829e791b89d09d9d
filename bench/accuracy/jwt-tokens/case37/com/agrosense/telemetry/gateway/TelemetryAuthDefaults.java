package com.agrosense.telemetry.gateway;

public final class TelemetryAuthDefaults {

    public static final String AUDIENCE = "agrosense-telemetry";

    /** Field gateways can run for a week on battery without a time sync. */
    public static final long OFFLINE_CLOCK_SKEW_SECONDS = 7 * 24 * 3600;

    private TelemetryAuthDefaults() {
    }
}
