package com.medibook.scheduling;

import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;

@Component
public class ConflictChecker {

    /**
     * Finds the first booked appointment that overlaps the candidate in the same room or with
     * the same practitioner.
     */
    public Optional<Appointment> findConflict(Appointment candidate, List<Appointment> booked) {
        for (Appointment other : booked) {
            if (other.getId() != null && other.getId().equals(candidate.getId())) {
                continue;
            }
            if (!overlaps(candidate, other)) {
                continue;
            }
            if (candidate.getRoomId() != null && candidate.getRoomId().equals(other.getRoomId())) {
                return Optional.of(other);
            }
            Long practitioner = candidate.getPractitionerId();
            if (practitioner == null || other.getPractitionerId() == null) {
                continue;
            }
            if (practitioner.equals(other.getPractitionerId())) {
                return Optional.of(other);
            }
        }
        return Optional.empty();
    }

    private static boolean overlaps(Appointment a, Appointment b) {
        return a.getStartsAt().isBefore(b.getEndsAt()) && b.getStartsAt().isBefore(a.getEndsAt());
    }
}
