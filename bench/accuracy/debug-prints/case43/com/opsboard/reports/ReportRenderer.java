package com.opsboard.reports;

public interface ReportRenderer {

    byte[] render(String reportId, String format) throws Exception;
}
