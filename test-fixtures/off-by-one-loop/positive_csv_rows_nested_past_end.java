// An inventory CSV parser whose row loop is correct but whose cell loop runs `c <= cells.length` and reads `cells[c]` past the end.
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;

@Component
class InventoryCsvParser {

    static final String SAMPLE = """
            sku,warehouse,quantity
            A-100,BER,12
            B-220,HAM,0
            """;

    public List<List<String>> parse(String csv) {
        List<String> lines = csv.lines().toList();
        List<List<String>> rows = new ArrayList<>();
        for (int r = 1; r < lines.size(); r++) {
            String[] cells = lines.get(r).split(",", -1);
            List<String> values = new ArrayList<>(cells.length);
            for (int c = 0; c <= cells.length; c++) { // expect: off-by-one-loop "past the end"
                values.add(cells[c].strip());
            }
            rows.add(values);
        }
        return rows;
    }
}
