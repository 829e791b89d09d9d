package dev.backlint.flow.nullness;

import dev.backlint.api.TextIndexKind;
import java.util.Set;

/**
 * Which scanned classes implement or extend which types, read from the text: entries
 * {@code "UserService<-com.acme.UserServiceImpl"}, the supertype by its simple name and the
 * class by its package and name. A call on an interface with one implementation in the
 * scanned sources runs that implementation.
 */
final class Implementations implements TextIndexKind {

    static final Implementations KIND = new Implementations();

    private static final String[] RELATIONS = {"implements", "extends"};
    private static final String[] KINDS = {"class", "enum", "record"};
    /** How far before {@code implements} or {@code extends} a class header's keyword may stand. */
    private static final int HEADER = 400;

    private Implementations() {
    }

    @Override
    public String id() {
        return "nullness.implementations";
    }

    /** Found with {@link String#indexOf}: a pattern tried at every position would read each file far slower. */
    @Override
    public void collect(String text, Set<String> into) {
        String prefix = packagePrefix(text);
        java.util.Set<Integer> headers = new java.util.HashSet<>();
        for (String relation : RELATIONS) {
            for (int at = text.indexOf(relation); at >= 0; at = text.indexOf(relation, at + relation.length())) {
                if (at == 0 || !Character.isWhitespace(text.charAt(at - 1)) || inComment(text, at)) {
                    continue;
                }
                int open = text.indexOf('{', at);
                String name = className(text, at);
                if (open < 0 || name == null || !headers.add(open)) {
                    continue; // not a class header, or one whose supertypes were read already
                }
                String relations = withoutTypeArguments(text.substring(text.lastIndexOf(name, at) + name.length(), open));
                for (String supertype : relations.split("\\b(?:implements|extends)\\b|,")) {
                    String simple = supertype.trim();
                    simple = simple.substring(simple.lastIndexOf('.') + 1);
                    if (!simple.isEmpty() && Character.isJavaIdentifierStart(simple.charAt(0))
                            && simple.chars().allMatch(Character::isJavaIdentifierPart)) {
                        into.add(simple + "<-" + prefix + name);
                    }
                }
            }
        }
    }

    /** Whether the position is in a line comment or a block comment. */
    private static boolean inComment(String text, int at) {
        int lineStart = text.lastIndexOf('\n', at) + 1;
        return text.lastIndexOf("//", at) >= lineStart || text.lastIndexOf("/*", at) > text.lastIndexOf("*/", at);
    }

    /** {@code "com.acme."} of the file's package statement, or nothing. */
    private static String packagePrefix(String text) {
        int at = text.indexOf("package ");
        int end = at < 0 ? -1 : text.indexOf(';', at);
        return end < 0 ? "" : text.substring(at + "package ".length(), end).trim() + ".";
    }

    /** The name of the class whose header holds {@code at}: the word after the nearest {@code class}, {@code enum} or {@code record} before it, with no body or statement between. */
    private static String className(String text, int at) {
        int from = Math.max(0, at - HEADER);
        int best = -1;
        String kind = null;
        for (String candidate : KINDS) {
            int found = text.lastIndexOf(candidate + " ", at);
            if (found >= from && found > best) {
                best = found;
                kind = candidate;
            }
        }
        if (best < 0 || best > 0 && Character.isJavaIdentifierPart(text.charAt(best - 1)) || inComment(text, best)) {
            return null;
        }
        String between = text.substring(best, at);
        if (between.indexOf('{') >= 0 || between.indexOf(';') >= 0 || between.indexOf('}') >= 0) {
            return null;
        }
        int i = best + kind.length();
        while (i < at && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        int start = i;
        while (i < at && Character.isJavaIdentifierPart(text.charAt(i))) {
            i++;
        }
        return i > start ? text.substring(start, i) : null;
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
