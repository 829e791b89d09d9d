package dev.backlint.flow.nullness;

import dev.backlint.api.TextIndexKind;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which scanned classes implement or extend which types, read from the text: entries
 * {@code "UserService<-com.acme.UserServiceImpl"}, the supertype by its simple name and the
 * class by its package and name. A call on an interface with one implementation in the
 * scanned sources runs that implementation.
 */
final class Implementations implements TextIndexKind {

    static final Implementations KIND = new Implementations();

    private static final Pattern PACKAGE = Pattern.compile("(?m)^\\s*package\\s+([\\w.]+)\\s*;");
    /** A class header up to its body: its name, then what it extends and implements. */
    private static final Pattern CLASS = Pattern.compile(
            "\\b(?:class|enum|record)\\s+([\\p{L}_$][\\p{L}\\p{N}_$]*)([^{;]*?)\\{");
    private static final Pattern SUPERTYPES = Pattern.compile("\\b(?:extends|implements)\\s+([^{]+)");

    private Implementations() {
    }

    @Override
    public String id() {
        return "nullness.implementations";
    }

    @Override
    public void collect(String text, Set<String> into) {
        Matcher packageName = PACKAGE.matcher(text);
        String prefix = packageName.find() ? packageName.group(1) + "." : "";
        Matcher header = CLASS.matcher(text);
        while (header.find()) {
            Matcher supertypes = SUPERTYPES.matcher(header.group(2));
            while (supertypes.find()) {
                for (String supertype : withoutTypeArguments(supertypes.group(1)).split("\\b(?:implements|extends)\\b|,")) {
                    String name = supertype.trim();
                    name = name.substring(name.lastIndexOf('.') + 1);
                    if (!name.isEmpty() && Character.isJavaIdentifierStart(name.charAt(0))) {
                        into.add(name + "<-" + prefix + header.group(1));
                    }
                }
            }
        }
    }

    /** The text with every {@code <…>} taken out, nested ones included. */
    private static String withoutTypeArguments(String text) {
        StringBuilder out = new StringBuilder();
        int depth = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '<') {
                depth++;
            } else if (c == '>') {
                depth = Math.max(0, depth - 1);
            } else if (depth == 0) {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** The qualified names of the scanned classes that say they implement or extend {@code simpleName}. */
    static java.util.List<String> of(Set<String> index, String simpleName) {
        String prefix = simpleName + "<-";
        return index.stream().filter(entry -> entry.startsWith(prefix)).map(entry -> entry.substring(prefix.length()))
                .sorted().toList();
    }
}
