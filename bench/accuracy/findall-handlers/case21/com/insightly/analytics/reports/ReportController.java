package com.insightly.analytics.reports;

import java.util.List;

import org.springframework.data.domain.Page;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/reports")
public class ReportController {

    private final ReportCatalogService reportCatalogService;

    public ReportController(ReportCatalogService reportCatalogService) {
        this.reportCatalogService = reportCatalogService;
    }

    public record ReportPage(List<SavedReport> items, int page, long total) {
    }

    @GetMapping
    public ReportPage reports(@RequestParam(defaultValue = "0") int page,
                              @RequestParam(defaultValue = "25") int size) {
        Page<SavedReport> result = reportCatalogService.page(page, size);
        return new ReportPage(result.getContent(), result.getNumber(), result.getTotalElements());
    }
}
