package com.medirun.lab.results;

import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Component;

@Component
public class LabReportFormatter {

    public String format(String patientName, List<LabResult> results) {
        StringBuilder report = new StringBuilder();
        report.append("Laboratory report for ").append(patientName).append('\n');
        int last = results.size() - 1;
        for (int i = 0; i <= last; i++) {
            LabResult result = results.get(i);
            report.append(String.format(Locale.ROOT, "%-24s %10.2f %-8s", result.analyte(), result.value(), result.unit()));
            if (result.outOfRange()) {
                report.append("  *");
            }
            report.append('\n');
        }
        return report.toString();
    }
}
