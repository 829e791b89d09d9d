package org.clinicly.notifications;

import java.util.List;
import java.util.logging.Logger;

public class AppointmentReminderSender {

    private static final Logger LOG = Logger.getLogger(AppointmentReminderSender.class.getName());

    private final MailTransport transport;
    private final String sender;

    public AppointmentReminderSender(MailTransport transport, String sender) {
        this.transport = transport;
        this.sender = sender;
    }

    public int sendReminders(List<Appointment> appointments) {
        int sent = 0;
        for (Appointment appointment : appointments) {
            String recipient = appointment.patientEmail();
            if (recipient == null || recipient.isBlank()) {
                LOG.fine(() -> "No e-mail address for appointment " + appointment.id());
                continue;
            }
            String body = """
                    Dear %s,

                    this is a reminder of your appointment on %s at %s with %s.
                    Please arrive ten minutes early.
                    """.formatted(appointment.patientName(), appointment.date(), appointment.time(),
                    appointment.practitioner());
            try {
                transport.send(sender, recipient, "Appointment reminder", body);
                sent++;
            } catch (MailTransport.DeliveryException e) {
                LOG.severe("Could not deliver reminder to " + recipient + ": " + e.getMessage());
            }
        }
        LOG.info(() -> "Reminders sent: " + appointments.size());
        return sent;
    }
}
