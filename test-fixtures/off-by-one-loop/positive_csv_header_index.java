// A CSV importer that maps header names to column positions with `i < cells.length - 1`, so the last column is never indexed.
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.springframework.stereotype.Component;

@Component
class CsvHeaderIndexer {

    public Map<String, Integer> columnIndex(String headerLine) {
        String[] cells = headerLine.split(",");
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < cells.length - 1; i++) { // expect: off-by-one-loop "last element"
            index.put(cells[i].trim().toLowerCase(Locale.ROOT), i);
        }
        return index;
    }

    public String column(String[] row, Map<String, Integer> index, String name) {
        Integer col = index.get(name);
        if (col == null) {
            throw new IllegalArgumentException("Missing column " + name);
        }
        return row[col];
    }
}
