package eval2.case57;

final class TimesheetSql {

    private static final String DEFAULT_ZONE = "UTC";

    private TimesheetSql() {
    }

    /** Builds the export query; bookings are stored in UTC and shown in the user's zone. */
    static String exportQuery(String zone) {
        String tz = (zone == null || zone.isBlank()) ? DEFAULT_ZONE : zone;
        StringBuilder sb = new StringBuilder();
        sb.append("SELECT e.login, ");
        sb.append("CAST(b.started_at AT TIME ZONE '").append(tz).append("' AS date) AS work_day, ");
        sb.append("SUM(b.minutes) AS minutes ");
        sb.append("FROM time_bookings b JOIN employees e ON e.id = b.employee_id ");
        sb.append("WHERE b.project_code = :project AND b.started_at >= :from AND b.started_at < :to ");
        sb.append("GROUP BY e.login, work_day ORDER BY work_day, e.login");
        return sb.toString();
    }
}
