package io.reportly.exports;

public record ExportStatus(long reportId, String state, int rows, String error) {

    public static ExportStatus done(long reportId, int rows) {
        return new ExportStatus(reportId, "DONE", rows, null);
    }

    public static ExportStatus failed(long reportId, String error) {
        return new ExportStatus(reportId, "FAILED", 0, error);
    }
}
