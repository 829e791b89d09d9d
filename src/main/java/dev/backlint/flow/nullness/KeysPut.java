package dev.backlint.flow.nullness;

import dev.backlint.flow.Implementations;
import dev.backlint.api.TextIndexKind;
import java.util.List;
import java.util.Set;

/**
 * The literal keys the project stores values under, read from the text: the first
 * argument of {@code put("start", ..)}, {@code addParameter("start", ..)},
 * {@code setAttribute("user", ..)}, {@code with("count", ..)}. A lookup by one of these
 * keys reads what the code itself fills, not what a client may leave out.
 */
final class KeysPut implements TextIndexKind {

    static final KeysPut KIND = new KeysPut();

    private static final String[] VERBS = {"put", "add", "set", "with"};

    private KeysPut() {
    }

    @Override
    public List<TextIndexKind> readWith() {
        return List.of(Implementations.KIND, KeysPut.KIND);
    }

    @Override
    public String id() {
        return "nullness.keys-put";
    }

    /** Found with {@link String#indexOf} from each {@code ("}: a pattern tried at every word would read each file far slower. */
    @Override
    public void collect(String text, Set<String> into) {
        for (int open = text.indexOf("(\""); open >= 0; open = text.indexOf("(\"", open + 2)) {
            int nameEnd = NullableText.skipSpaceBack(text, open - 1) + 1;
            if (!storing(text.substring(NullableText.identifierStart(text, nameEnd), nameEnd))) {
                continue;
            }
            int close = open + 2;
            while (close < text.length() && text.charAt(close) != '"' && text.charAt(close) != '\n') {
                close += text.charAt(close) == '\\' ? 2 : 1;
            }
            int after = close + 1;
            while (after < text.length() && Character.isWhitespace(text.charAt(after))) {
                after++;
            }
            if (close < text.length() && text.charAt(close) == '"' && after < text.length() && text.charAt(after) == ',') {
                into.add(text.substring(open + 2, close));
            }
        }
    }

    /** {@code put}, {@code addParameter}, {@code setAttribute}, {@code with}: a verb alone or before a capital. */
    private static boolean storing(String name) {
        for (String verb : VERBS) {
            if (name.startsWith(verb) && (name.length() == verb.length() || Character.isUpperCase(name.charAt(verb.length())))) {
                return true;
            }
        }
        return false;
    }
}
