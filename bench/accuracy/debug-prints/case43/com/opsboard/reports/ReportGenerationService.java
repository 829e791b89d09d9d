package com.opsboard.reports;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Service;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

@Service
public class ReportGenerationService {

    private static final long TIMEOUT_SECONDS = 30;

    private final ExecutorService reportExecutor;
    private final ReportRenderer renderer;

    public ReportGenerationService(@Qualifier("reportExecutor") ExecutorService reportExecutor, ReportRenderer renderer) {
        this.reportExecutor = reportExecutor;
        this.renderer = renderer;
    }

    public byte[] generate(String reportId, String format) {
        Future<byte[]> future = reportExecutor.submit(() -> renderer.render(reportId, format));
        try {
            return future.get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            e.getCause().printStackTrace();
            throw new ReportGenerationException("Report " + reportId + " failed", e.getCause());
        } catch (TimeoutException e) {
            future.cancel(true);
            throw new ReportGenerationException("Report " + reportId + " timed out after " + TIMEOUT_SECONDS + "s", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ReportGenerationException("Interrupted while waiting for report " + reportId, e);
        }
    }
}
