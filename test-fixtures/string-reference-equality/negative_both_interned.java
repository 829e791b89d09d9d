// A tag interner that compares Strings with == only when both sides are interned or one side is interned and the other a literal.
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

public class InternedTagIndex {

    private final Set<String> tags = ConcurrentHashMap.newKeySet();

    public boolean sameTag(String a, String b) {
        return a.intern() == b.intern();
    }

    public boolean differentTag(String a, String b) {
        return a.intern() != b.intern();
    }

    public boolean isSystemTag(String tag) {
        return tag.intern() == "system";
    }

    public boolean isNotInternal(String tag) {
        return "internal" != tag.intern();
    }

    public void add(String tag) {
        tags.add(tag.intern());
    }
}
