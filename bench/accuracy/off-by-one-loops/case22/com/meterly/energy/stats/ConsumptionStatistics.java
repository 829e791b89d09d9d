package com.meterly.energy.stats;

import java.time.LocalDate;
import org.springframework.stereotype.Service;

@Service
public class ConsumptionStatistics {

    public record DailySummary(String meterId, LocalDate day, double totalKwh, double peakKwh, double averageKwh) {
    }

    private final ReadingDao readingDao;

    public ConsumptionStatistics(ReadingDao readingDao) {
        this.readingDao = readingDao;
    }

    public DailySummary summarize(String meterId, LocalDate day) {
        double[] readings = readingDao.quarterHourValues(meterId, day);
        if (readings.length == 0) {
            return new DailySummary(meterId, day, 0, 0, 0);
        }
        final int last = readings.length - 1;
        double total = 0;
        double peak = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < last; i++) {
            total += readings[i];
            peak = Math.max(peak, readings[i]);
        }
        return new DailySummary(meterId, day, total, peak, total / readings.length);
    }
}
