// Stateful CSV writer used for one export at a time: header, rows and the running row
// count live in the instance.
package singletons.case04;

import java.util.Arrays;
import java.util.stream.Collectors;

import org.springframework.context.annotation.Scope;
import org.springframework.stereotype.Component;

@Component
@Scope("prototype")
public class CsvExportWriter {

    private final StringBuilder buffer = new StringBuilder(4096);
    private String[] header = new String[0];
    private int rows;
    private char separator = ';';

    public CsvExportWriter separator(char separator) {
        this.separator = separator;
        return this;
    }

    public CsvExportWriter header(String... columns) {
        header = columns.clone();
        buffer.append(line(columns));
        return this;
    }

    public CsvExportWriter row(Object... values) {
        if (values.length != header.length) {
            throw new IllegalArgumentException("expected " + header.length + " values, got " + values.length);
        }
        buffer.append(line(Arrays.stream(values).map(v -> v == null ? "" : v.toString()).toArray(String[]::new)));
        rows++;
        return this;
    }

    public int rows() {
        return rows;
    }

    public String build() {
        return buffer.toString();
    }

    private String line(String[] cells) {
        return Arrays.stream(cells)
                .map(c -> c.indexOf(separator) >= 0 || c.contains("\"") ? '"' + c.replace("\"", "\"\"") + '"' : c)
                .collect(Collectors.joining(String.valueOf(separator), "", "\r\n"));
    }
}
