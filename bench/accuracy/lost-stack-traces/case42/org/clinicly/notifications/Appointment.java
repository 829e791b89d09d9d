package org.clinicly.notifications;

import java.time.LocalDate;
import java.time.LocalTime;

public record Appointment(long id, String patientName, String patientEmail, LocalDate date, LocalTime time,
        String practitioner) {
}
