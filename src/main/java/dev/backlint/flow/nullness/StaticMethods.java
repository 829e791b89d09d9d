package dev.backlint.flow.nullness;

import dev.backlint.api.TextFactKind;
import java.util.HashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The names of the static methods a file declares, read from its text: what a class named
 * in Lombok's {@code @ExtensionMethod} lends as {@code value.name()} calls.
 */
final class StaticMethods implements TextFactKind<Set<String>> {

    static final StaticMethods KIND = new StaticMethods();

    /** {@code static} and the rest of a method's header up to its name and parenthesis. */
    private static final Pattern DECLARED = Pattern.compile("\\bstatic\\b[^;{}=()]*?\\b(\\w+)\\s*\\(");

    private StaticMethods() {
    }

    @Override
    public String id() {
        return "nullness.static-methods";
    }

    @Override
    public Set<String> extract(String text) {
        Set<String> names = new HashSet<>();
        Matcher declared = DECLARED.matcher(text);
        while (declared.find()) {
            names.add(declared.group(1));
        }
        return Set.copyOf(names);
    }
}
