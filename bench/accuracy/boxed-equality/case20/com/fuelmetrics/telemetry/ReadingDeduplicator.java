package com.fuelmetrics.telemetry;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/**
 * Drops readings that repeat the previous value of the same tank, which some gateways send
 * every few seconds while nothing changes.
 */
@Component
public class ReadingDeduplicator {

    private final Map<String, TankReading> lastAccepted = new ConcurrentHashMap<>();

    public boolean accept(TankReading reading) {
        if (reading.getLitres() == null || reading.getLitres() == 0.0) {
            return false;
        }
        TankReading previous = lastAccepted.get(reading.getTankId());
        if (previous != null
                && Double.compare(previous.getLitres(), reading.getLitres()) == 0
                && previous.getTemperatureC() != null
                && previous.getTemperatureC().equals(reading.getTemperatureC())) {
            return false;
        }
        lastAccepted.put(reading.getTankId(), reading);
        return true;
    }
}
