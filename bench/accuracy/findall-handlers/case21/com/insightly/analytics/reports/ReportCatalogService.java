package com.insightly.analytics.reports;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;

@Service
public class ReportCatalogService {

    static final int MAX_PAGE_SIZE = 100;

    private final SavedReportRepository savedReportRepository;

    public ReportCatalogService(SavedReportRepository savedReportRepository) {
        this.savedReportRepository = savedReportRepository;
    }

    public Page<SavedReport> page(int page, int size) {
        int safeSize = Math.min(Math.max(size, 1), MAX_PAGE_SIZE);
        return savedReportRepository.findAll(PageRequest.of(Math.max(page, 0), safeSize, Sort.by("createdAt").descending()));
    }
}
