package dev.backlint.flow;

import dev.backlint.api.Project;
import dev.backlint.api.ScannedType;
import dev.backlint.api.TextIndexKind;
import java.util.BitSet;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.NavigableSet;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Which scanned classes implement or extend which types, read from the text: entries
 * {@code "UserService<-com.acme.UserServiceImpl"}, the supertype by its simple name and the
 * class by its package and name. A call on an interface with one implementation in the
 * scanned sources runs that implementation. Analyses that read another index of the text
 * too name this one in their {@link TextIndexKind#readWith}, so that both are built in one
 * reading of the files.
 */
public final class Implementations implements TextIndexKind {

    public static final Implementations KIND = new Implementations();

    private static final String[] RELATIONS = {"implements", "extends"};
    private static final String[] KINDS = {"class", "enum", "record"};
    /** What stands between the supertypes of a header. */
    private static final Pattern SEPARATORS = Pattern.compile(
            "\\b(?:implements|extends)\\b|,");
    /** How far before {@code implements} or {@code extends} a class header's keyword may stand. */
    private static final int HEADER = 400;

    private Implementations() {
    }

    @Override
    public String id() {
        return "implementations";
    }

    /** Found with {@link String#indexOf}: a pattern tried at every position would read each file far slower. */
    @Override
    public void collect(String text, Set<String> into) {
        if (!text.contains("implements") && !text.contains("extends")) {
            return;
        }
        String prefix = packagePrefix(text);
        BitSet comments = null; // found when a header is first seen: most words are in type parameters or prose
        Set<Integer> headers = new HashSet<>();
        for (String relation : RELATIONS) {
            for (int at = text.indexOf(relation); at >= 0; at = text.indexOf(relation, at + relation.length())) {
                if (at == 0 || !Character.isWhitespace(text.charAt(at - 1)) || !mayBeHeader(text, at)) {
                    continue;
                }
                comments = comments != null ? comments : comments(text);
                if (comments.get(at)) {
                    continue;
                }
                int open = text.indexOf('{', at);
                String name = className(text, at, comments);
                if (open < 0 || name == null || !headers.add(open)) {
                    continue; // not a class header, or one whose supertypes were read already
                }
                String relations = withoutTypeArguments(text.substring(text.lastIndexOf(name, at) + name.length(), open));
                for (String supertype : SEPARATORS.split(relations)) {
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

    /**
     * Whether a class header may hold the word at {@code at}: a {@code class}, {@code enum} or
     * {@code record} keyword stands before it, within reach of a header, with no body or
     * statement between. Found without knowing where comments are.
     */
    private static boolean mayBeHeader(String text, int at) {
        String window = text.substring(Math.max(0, at - HEADER), at);
        int start = Math.max(window.lastIndexOf('{'), Math.max(window.lastIndexOf(';'), window.lastIndexOf('}'))) + 1;
        for (String kind : KINDS) {
            if (window.indexOf(kind + " ", start) >= 0) {
                return true;
            }
        }
        return false;
    }

    /** The positions of the text inside comments, found in one pass that steps over string and character literals. */
    private static BitSet comments(String text) {
        BitSet inside = new BitSet(text.length());
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '/' && i + 1 < text.length() && text.charAt(i + 1) == '/') {
                int end = text.indexOf('\n', i);
                end = end < 0 ? text.length() : end;
                inside.set(i, end);
                i = end;
            } else if (c == '/' && i + 1 < text.length() && text.charAt(i + 1) == '*') {
                int end = text.indexOf("*/", i + 2);
                end = end < 0 ? text.length() : end + 2;
                inside.set(i, end);
                i = end;
            } else if (c == '"' || c == '\'') {
                int j = i + 1;
                while (j < text.length() && text.charAt(j) != c && text.charAt(j) != '\n') {
                    j += text.charAt(j) == '\\' ? 2 : 1;
                }
                i = j + 1;
            } else {
                i++;
            }
        }
        return inside;
    }

    /** {@code "com.acme."} of the file's package statement, or nothing. */
    private static String packagePrefix(String text) {
        int at = text.indexOf("package ");
        int end = at < 0 ? -1 : text.indexOf(';', at);
        return end < 0 ? "" : text.substring(at + "package ".length(), end).trim() + ".";
    }

    /** The name of the class whose header holds {@code at}: the word after the nearest {@code class}, {@code enum} or {@code record} before it, with no body or statement between. */
    private static String className(String text, int at, BitSet comments) {
        int from = Math.max(0, at - HEADER);
        String window = text.substring(from, at);
        int best = -1;
        String kind = null;
        for (String candidate : KINDS) {
            int found = window.lastIndexOf(candidate + " ");
            if (found >= 0 && from + found > best) {
                best = from + found;
                kind = candidate;
            }
        }
        if (best < 0 || best > 0 && Character.isJavaIdentifierPart(text.charAt(best - 1)) || comments.get(best)) {
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

    /**
     * The qualified names of the scanned classes that say they implement or extend
     * {@code simpleName}: a range of the index when it is sorted (as the engine keeps it).
     */
    public static List<String> of(Set<String> index, String simpleName) {
        String prefix = simpleName + "<-";
        Collection<String> entries = index instanceof NavigableSet<String> sorted
                ? sorted.subSet(prefix, true, prefix + Character.MAX_VALUE, false) : index;
        return entries.stream().filter(entry -> entry.startsWith(prefix)).map(entry -> entry.substring(prefix.length()))
                .sorted().toList();
    }

    /** More implementations than this, and none is followed. */
    private static final int MAX_IMPLEMENTATIONS = 6;

    /**
     * The scanned classes that implement or extend {@code type}, confirmed by the supertypes
     * their files' facts declare: none when more than a few say so (an extension point with
     * many implementations, not a layer's interface: which one runs is not for a reading of
     * the sources to tell, and asking each would parse them all).
     */
    public static List<ScannedType> scanned(ScannedType type, Project project) {
        String simple = type.qualifiedName().substring(type.qualifiedName().lastIndexOf('.') + 1);
        List<String> named = of(project.textIndex(KIND), simple);
        if (named.size() > MAX_IMPLEMENTATIONS) {
            return List.of();
        }
        List<ScannedType> found = new java.util.ArrayList<>();
        for (String name : named) {
            project.type(name, type)
                    .filter(candidate -> candidate.supertypes().stream()
                            .anyMatch(written -> project.typeNames(written, candidate).contains(type.qualifiedName())))
                    .filter(candidate -> found.stream().noneMatch(t -> t.qualifiedName().equals(candidate.qualifiedName())))
                    .ifPresent(found::add);
        }
        return List.copyOf(found);
    }
}
