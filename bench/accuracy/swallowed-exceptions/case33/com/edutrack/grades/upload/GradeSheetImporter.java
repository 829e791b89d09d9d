package com.edutrack.grades.upload;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;

@Component
public class GradeSheetImporter {

    private final GradeBook gradeBook;

    public GradeSheetImporter(GradeBook gradeBook) {
        this.gradeBook = gradeBook;
    }

    public ImportReport importSheet(String courseId, List<String> rows) {
        List<ImportReport.RowError> errors = new ArrayList<>();
        int recorded = 0;
        for (int i = 0; i < rows.size(); i++) {
            String[] cells = rows.get(i).split(";");
            try {
                String studentId = cells[0].trim();
                BigDecimal grade = new BigDecimal(cells[1].trim());
                if (grade.compareTo(BigDecimal.ONE) < 0 || grade.compareTo(new BigDecimal("6")) > 0) {
                    throw new IllegalArgumentException("grade out of range: " + grade);
                }
                gradeBook.record(courseId, studentId, grade);
                recorded++;
            } catch (IllegalArgumentException | ArrayIndexOutOfBoundsException e) {
                errors.add(new ImportReport.RowError(i + 1, e));
            }
        }
        return new ImportReport(recorded, errors);
    }

    public interface GradeBook {
        void record(String courseId, String studentId, BigDecimal grade);
    }
}
