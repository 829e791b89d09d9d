package com.fieldops.reporting.web;

import com.fieldops.reporting.report.Report;
import com.fieldops.reporting.report.ReportRepository;
import org.springframework.data.domain.Sort;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.server.ResponseStatusException;

@Controller
public class ReportController {

    private final ReportRepository reports;

    public ReportController(ReportRepository reports) {
        this.reports = reports;
    }

    @GetMapping("/reports")
    public String list(Model model) {
        model.addAttribute("reports", reports.findAll(Sort.by("createdAt").descending()));
        return "reports/list";
    }

    @GetMapping("/api/reports/{id}")
    @ResponseBody
    public Report report(@PathVariable long id) {
        return reports.findById(id)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }
}
