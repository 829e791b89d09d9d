package com.metricly.reports.export;

public interface ReportExporter {

    String toCsv(String organisationId, long reportId, String requestedBy);
}
