package com.brightpath.lms.enrollment;

import java.time.LocalDate;

public record StudentEnrolledEvent(long studentId, String studentEmail, long courseId, String courseTitle,
                                   LocalDate startsOn, boolean waitlisted) {
}
