package dev.backlint.flow.nullness;

import dev.backlint.api.TextIndexKind;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The literal keys the project stores values under, read from the text: the first
 * argument of {@code put("start", ..)}, {@code addParameter("start", ..)},
 * {@code setAttribute("user", ..)}, {@code with("count", ..)}. A lookup by one of these
 * keys reads what the code itself fills, not what a client may leave out.
 */
final class KeysPut implements TextIndexKind {

    static final KeysPut KIND = new KeysPut();

    private static final Pattern PUT = Pattern.compile(
            "\\b(?:put|add|set|with)(?:[A-Z]\\w*)?\\s*\\(\\s*\"((?:[^\"\\\\\\n]|\\\\.)*)\"\\s*,");

    private KeysPut() {
    }

    @Override
    public String id() {
        return "nullness.keys-put";
    }

    @Override
    public void collect(String text, Set<String> into) {
        Matcher put = PUT.matcher(text);
        while (put.find()) {
            into.add(put.group(1));
        }
    }
}
