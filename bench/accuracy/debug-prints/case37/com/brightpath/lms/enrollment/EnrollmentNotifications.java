package com.brightpath.lms.enrollment;

import java.time.LocalDate;

public interface EnrollmentNotifications {

    void sendWelcome(String email, String courseTitle, LocalDate startsOn);

    void sendWaitlistNotice(String email, String courseTitle);

    void recordEnrollment(long studentId, long courseId);
}
