// Loops that run to `i <= tokens.length` on purpose and guard the end in the body with `i == tokens.length` or `i < n`.
import java.util.ArrayList;
import java.util.List;
import java.util.StringJoiner;
import org.springframework.stereotype.Component;

@Component
class TokenGroupParser {

    public List<List<String>> groups(String[] tokens) {
        List<List<String>> groups = new ArrayList<>();
        List<String> current = new ArrayList<>();
        for (int i = 0; i <= tokens.length; i++) {
            if (i == tokens.length || tokens[i].equals("|")) {
                if (!current.isEmpty()) {
                    groups.add(current);
                    current = new ArrayList<>();
                }
                continue;
            }
            current.add(tokens[i]);
        }
        return groups;
    }

    public String withChecksumColumn(String[] cells) {
        int n = cells.length;
        StringJoiner row = new StringJoiner(",");
        for (int i = 0; i <= n; i++) {
            row.add(i < n ? cells[i] : Integer.toHexString(String.join(",", cells).hashCode()));
        }
        return row.toString();
    }
}
