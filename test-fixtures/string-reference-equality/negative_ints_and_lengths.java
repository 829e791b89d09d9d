// A pagination helper that compares ints derived from Strings (lengths, indexes, hash codes, compareTo results).
import org.springframework.stereotype.Component;

@Component
public class PaginationHelper {

    private static final int MAX_PAGE_SIZE = 200;

    public boolean isEmptyCursor(String cursor) {
        return cursor.length() == 0;
    }

    public boolean hasSeparator(String cursor) {
        return cursor.indexOf(':') != -1;
    }

    public boolean sameHash(String a, String b) {
        return a.hashCode() == b.hashCode();
    }

    public boolean sortsEqual(String a, String b) {
        return a.compareTo(b) == 0;
    }

    public int clamp(int requested) {
        return requested == 0 || requested > MAX_PAGE_SIZE ? MAX_PAGE_SIZE : requested;
    }
}
