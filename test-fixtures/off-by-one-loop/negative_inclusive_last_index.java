// Loops that use an inclusive bound on the last index: `i <= cells.length - 1`, `int last = size() - 1; i <= last` and a `while (i <= last)`.
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;

@Component
class InclusiveIndexLoops {

    public List<String> trimmedCells(String line) {
        String[] cells = line.split(",");
        List<String> trimmed = new ArrayList<>();
        for (int i = 0; i <= cells.length - 1; i++) {
            trimmed.add(cells[i].trim());
        }
        return trimmed;
    }

    public int countBlank(List<String> names) {
        int last = names.size() - 1;
        int blank = 0;
        for (int i = 0; i <= last; i++) {
            if (names.get(i).isBlank()) {
                blank++;
            }
        }
        return blank;
    }

    public int maxLatency(int[] latenciesMs) {
        int last = latenciesMs.length - 1;
        int max = 0;
        int i = 0;
        while (i <= last) {
            max = Math.max(max, latenciesMs[i]);
            i++;
        }
        return max;
    }
}
