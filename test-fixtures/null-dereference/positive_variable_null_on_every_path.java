// A local that is null on every path to its dereference: set to null and used before any other value, read inside the branch that found it null, behind a non-short-circuit `&`, read only inside a lambda, read in a loop's body that nothing in the loop assigns it (the first pass throws), and copied into another local first.
import java.util.List;
import java.util.function.Supplier;

class InvoiceNumbering {

    String prefix(List<String> parts) {
        String separator = null;
        return String.join(separator.trim(), parts);  // expect: null-dereference "separator"
    }

    String describe(String customerCode) {
        if (customerCode == null) {
            throw new IllegalArgumentException("unknown customer " + customerCode.toUpperCase());  // expect: null-dereference "customerCode"
        }
        return customerCode;
    }

    boolean hasSuffix(String number) {
        String suffix = null;
        return (suffix != null) & (suffix.length() > 0);  // expect: null-dereference "suffix"
    }

    int width() {
        int[] columns = null;
        return columns.length;  // expect: null-dereference "columns"
    }

    Supplier<String> lazyLabel(String number) {
        String label = null;
        return () -> label.trim() + number;  // expect: null-dereference "label"
    }

    int totalWidth(List<String> columns) {
        String padding = null;
        int width = 0;
        for (String column : columns) {
            width += column.length() + padding.length();  // expect: null-dereference "padding"
        }
        return width;
    }

    int retries(int attempts) {
        String reason = null;
        while (attempts > 0) {
            System.out.println(reason.trim());  // expect: null-dereference "reason"
            attempts--;
        }
        return attempts;
    }

    String copied() {
        String original = null;
        String copy;
        copy = original;
        return copy.trim();  // expect: null-dereference "`original` is null on every path"
    }
}
