package com.granary.reports.export;

import java.nio.file.Path;
import java.time.LocalDate;

public final class ExportJob {

    private ExportJob() {
    }

    public static void main(String[] args) throws Exception {
        LocalDate day = args.length > 0 ? LocalDate.parse(args[0]) : LocalDate.now().minusDays(1);
        Path target = Path.of(System.getProperty("export.dir", "/var/exports"), "sales-" + day + ".csv");
        int rows = new NightlySalesExporter().export(day, target);
        System.out.printf("%d rows written to %s%n", rows, target);
    }
}
