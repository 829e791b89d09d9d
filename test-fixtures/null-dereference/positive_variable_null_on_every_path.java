// A local that is null on every path to its dereference: set to null and used before any other value, read inside the branch that found it null, behind a non-short-circuit `&`, and read only inside a lambda.
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
}
