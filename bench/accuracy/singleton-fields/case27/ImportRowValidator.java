// Validator of one customer import file: remembers the rows it has seen to report
// duplicates and collects the problems of the whole file.
package singletons.case27;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.springframework.beans.factory.config.ConfigurableBeanFactory;
import org.springframework.context.annotation.Scope;
import org.springframework.stereotype.Component;

@Component
@Scope(ConfigurableBeanFactory.SCOPE_PROTOTYPE)
public class ImportRowValidator {

    private final Set<String> seenCustomerNumbers = new HashSet<>();
    private final List<String> problems = new ArrayList<>();
    private int rowNumber;

    public boolean accept(String[] columns) {
        rowNumber++;
        if (columns.length < 4) {
            problems.add("row " + rowNumber + ": expected 4 columns, got " + columns.length);
            return false;
        }
        if (!seenCustomerNumbers.add(columns[0])) {
            problems.add("row " + rowNumber + ": duplicate customer number " + columns[0]);
            return false;
        }
        if (!columns[2].contains("@")) {
            problems.add("row " + rowNumber + ": invalid email");
            return false;
        }
        return true;
    }

    public List<String> problems() {
        return List.copyOf(problems);
    }
}
