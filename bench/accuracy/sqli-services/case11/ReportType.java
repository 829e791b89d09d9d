package eval2.case11;

/** Reports that are materialised nightly into report_<type> tables. */
public enum ReportType {
    DAILY_SALES,
    REFUNDS,
    CHARGEBACKS,
    TAX_SUMMARY
}
