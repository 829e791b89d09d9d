// Credit note numbers for the accounting export: a prefix, the year and a running number.
package staticfields.case27;

import java.time.Year;

public final class CreditNoteNumbers {

    private static final String PREFIX = "CN";
    private static int nextSequence = 1; // static

    private CreditNoteNumbers() {
    }

    public static String next(Year year) {
        return "%s-%d-%06d".formatted(PREFIX, year.getValue(), nextSequence++);
    }
}
