package com.greenfield.hr.reports;

public record TimesheetRow(long employeeId, String name, String isoWeek, double hours, double overtime) {
}
