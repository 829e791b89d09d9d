package com.greenfield.hr.reports;

import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

public class TimesheetCsvWriter {

    private final PrintStream out;

    public TimesheetCsvWriter(OutputStream target) {
        this.out = new PrintStream(target, false, StandardCharsets.UTF_8);
    }

    public void writeHeader() {
        out.println("employee_id,name,iso_week,hours,overtime");
    }

    public void writeRow(TimesheetRow row) {
        out.printf(Locale.ROOT, "%d,%s,%s,%.2f,%.2f%n",
                row.employeeId(), escape(row.name()), row.isoWeek(), row.hours(), row.overtime());
    }

    public void finish() {
        out.flush();
        if (out.checkError()) {
            throw new IllegalStateException("Timesheet export was interrupted by the client");
        }
    }

    private static String escape(String value) {
        if (value.contains(",") || value.contains("\"")) {
            return '"' + value.replace("\"", "\"\"") + '"';
        }
        return value;
    }
}
