package com.edutrack.grades.upload;

import java.util.List;

public record ImportReport(int recorded, List<RowError> errors) {

    public record RowError(int row, RuntimeException cause) {

        public String message() {
            return "Row " + row + ": " + cause.getMessage();
        }
    }
}
