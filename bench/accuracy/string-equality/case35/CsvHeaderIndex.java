package streq.case35;

import java.util.List;

public class CsvHeaderIndex {

    private final List<String> headers;

    public CsvHeaderIndex(String headerLine) {
        this.headers = List.of(headerLine.split(","));
    }

    public int indexOf(String column) {
        for (int i = 0; i < headers.size(); i++) {
            String header = headers.get(i).trim();
            if (header == column) {
                return i;
            }
        }
        return -1;
    }

    public boolean hasColumn(String column) {
        return indexOf(column) != -1;
    }
}
