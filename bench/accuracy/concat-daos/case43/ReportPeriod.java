package concat.case43;

public enum ReportPeriod {
    DAY,
    WEEK,
    MONTH
}
