package com.brightpath.lms.enrollment;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

@Component
public class EnrollmentEventsListener {

    private final EnrollmentNotifications notifications;

    public EnrollmentEventsListener(EnrollmentNotifications notifications) {
        this.notifications = notifications;
    }

    @EventListener
    public void onEnrollment(StudentEnrolledEvent event) {
        System.out.println("Received " + event);
        if (event.waitlisted()) {
            notifications.sendWaitlistNotice(event.studentEmail(), event.courseTitle());
            return;
        }
        notifications.sendWelcome(event.studentEmail(), event.courseTitle(), event.startsOn());
        notifications.recordEnrollment(event.studentId(), event.courseId());
    }
}
