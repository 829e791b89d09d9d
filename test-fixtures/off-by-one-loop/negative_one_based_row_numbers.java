// An import validator that counts rows from 1 with `rowNumber <= rows.size()` and reads `rows.get(rowNumber - 1)`.
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;

record ImportRow(String email, String country) {
}

@Component
class ImportRowValidator {

    public List<String> errors(List<ImportRow> rows) {
        List<String> errors = new ArrayList<>();
        for (int rowNumber = 1; rowNumber <= rows.size(); rowNumber++) {
            ImportRow row = rows.get(rowNumber - 1);
            if (row.email() == null || !row.email().contains("@")) {
                errors.add("Row " + rowNumber + ": invalid e-mail");
            }
        }
        return errors;
    }
}
