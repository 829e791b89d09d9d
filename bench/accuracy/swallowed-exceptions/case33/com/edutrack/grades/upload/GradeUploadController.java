package com.edutrack.grades.upload;

import java.util.List;
import java.util.Map;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

@RestController
public class GradeUploadController {

    private final GradeSheetImporter importer;

    public GradeUploadController(GradeSheetImporter importer) {
        this.importer = importer;
    }

    @PostMapping(value = "/courses/{courseId}/grades", consumes = "text/csv")
    public Map<String, Object> upload(@PathVariable String courseId, @RequestBody String csv) {
        ImportReport report = importer.importSheet(courseId, csv.lines().skip(1).toList());
        List<String> problems = report.errors().stream().map(ImportReport.RowError::message).toList();
        return Map.of("recorded", report.recorded(), "problems", problems);
    }
}
