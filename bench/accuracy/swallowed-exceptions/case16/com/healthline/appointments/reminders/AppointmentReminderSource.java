package com.healthline.appointments.reminders;

import java.time.LocalDateTime;
import java.util.List;

public interface AppointmentReminderSource {

    record Due(long appointmentId, String patientContact, String text) {
    }

    List<Due> dueBefore(LocalDateTime windowEnd);

    void markSent(long appointmentId);
}
