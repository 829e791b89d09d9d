// Points balance and history entries returned by the loyalty service.
package httpclients.case05;

import java.time.Instant;

public record PointsBalance(String memberId, long points, String tier) {

    public static PointsBalance empty(String memberId) {
        return new PointsBalance(memberId, 0, "NONE");
    }

    public record PointsEvent(String type, long delta, Instant at) {
    }
}
