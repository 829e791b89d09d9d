package com.ridehail.dispatch;

import com.ridehail.dispatch.tracing.Span;
import com.ridehail.dispatch.tracing.Tracer;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;

@Service
public class DriverMatchingService {

    public interface DriverLocator {

        record Candidate(String driverId, double etaSeconds) {
        }

        class LocatorTimeoutException extends Exception {
            public LocatorTimeoutException(String message) {
                super(message);
            }
        }

        List<Candidate> within(double lat, double lon, int radiusMeters) throws LocatorTimeoutException;
    }

    private final Tracer tracer;
    private final DriverLocator locator;

    public DriverMatchingService(Tracer tracer, DriverLocator locator) {
        this.tracer = tracer;
        this.locator = locator;
    }

    public Optional<DriverLocator.Candidate> match(String rideId, double lat, double lon) {
        Span span = tracer.startSpan("driver-matching");
        span.setAttribute("ride.id", rideId);
        Optional<DriverLocator.Candidate> best = Optional.empty();
        try {
            List<DriverLocator.Candidate> nearby = locator.within(lat, lon, 3_000);
            span.setAttribute("candidates", nearby.size());
            best = nearby.stream().min(Comparator.comparingDouble(DriverLocator.Candidate::etaSeconds));
        } catch (DriverLocator.LocatorTimeoutException e) {
            span.recordException(e);
            span.setStatus(Span.Status.ERROR);
        } finally {
            span.end();
        }
        return best;
    }
}
