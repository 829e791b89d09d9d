// A CSV line writer that writes `values[i]` plus a delimiter under `i < values.length - 1` and the last value `values[values.length - 1]` after the loop.
import java.io.IOException;
import java.io.Writer;

final class SemicolonCsvWriter {

    private final Writer out;

    SemicolonCsvWriter(Writer out) {
        this.out = out;
    }

    void writeLine(String[] values) throws IOException {
        if (values.length == 0) {
            out.write(System.lineSeparator());
            return;
        }
        for (int i = 0; i < values.length - 1; i++) {
            out.write(quote(values[i]));
            out.write(';');
        }
        out.write(quote(values[values.length - 1]));
        out.write(System.lineSeparator());
    }

    private static String quote(String value) {
        return value.indexOf(';') >= 0 ? "'" + value + "'" : value;
    }
}
