package opt.case50;

import java.util.List;

public record CsvRow(int lineNumber, List<String> cells) {

    public String cell(int index) {
        return index < cells.size() ? cells.get(index) : "";
    }
}
