package com.insightly.exports.web;

import com.insightly.exports.job.ExportJob;
import com.insightly.exports.job.ExportService;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import java.time.LocalDate;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

@RestController
@RequestMapping("/api/exports")
public class ExportController {

    private static final Set<String> FORMATS = Set.of("csv", "xlsx", "parquet");

    private final ExportService exportService;

    public ExportController(ExportService exportService) {
        this.exportService = exportService;
    }

    @PostMapping
    @ResponseStatus(HttpStatus.ACCEPTED)
    public CompletableFuture<ExportJob> startExport(@RequestParam String dataset,
                                                    @RequestParam(defaultValue = "csv") String format,
                                                    @RequestParam LocalDate from,
                                                    @RequestParam LocalDate to) {
        if (!FORMATS.contains(format)) {
            return CompletableFuture.failedFuture(new IllegalArgumentException("Unsupported format " + format));
        }
        return exportService.export(dataset, format, from, to);
    }
}
