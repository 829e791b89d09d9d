package com.healthline.appointments.reminders;

import com.healthline.appointments.support.LogSupport;
import java.time.LocalDateTime;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

@Component
public class ReminderScheduler {

    private static final Logger log = LoggerFactory.getLogger(ReminderScheduler.class);

    private final AppointmentReminderSource appointments;
    private final ReminderChannel channel;

    public ReminderScheduler(AppointmentReminderSource appointments, ReminderChannel channel) {
        this.appointments = appointments;
        this.channel = channel;
    }

    @Scheduled(cron = "0 */15 * * * *")
    public void sendDueReminders() {
        LocalDateTime windowEnd = LocalDateTime.now().plusHours(24);
        List<AppointmentReminderSource.Due> due = appointments.dueBefore(windowEnd);
        for (var reminder : due) {
            try {
                channel.send(reminder.patientContact(), reminder.text());
                appointments.markSent(reminder.appointmentId());
            } catch (ReminderChannel.ChannelException e) {
                LogSupport.warnWithCause(log, "Reminder for appointment " + reminder.appointmentId() + " not sent", e);
            }
        }
    }

    public interface ReminderChannel {

        void send(String contact, String text) throws ChannelException;

        class ChannelException extends Exception {
            public ChannelException(String message, Throwable cause) {
                super(message, cause);
            }
        }
    }
}
