package dev.backlint.flow.nullness;

import dev.backlint.api.TextFactKind;
import dev.backlint.models.NullSources;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The methods a file declares, by {@code name/arity}, and whether some declaration of each may be a
 * source of null, read from the text without parsing: one annotated {@code @Nullable}
 * (any annotation the sources table names), one whose body holds {@code return null},
 * and a bodiless query method ({@code findByEmail(..);}) of what may be a repository.
 * It errs towards "may be": a name it marks {@code false} has no declaration in the file
 * that {@link NullableMembers} would take as a source, so the file need not be parsed to
 * learn it; a name it does not hold may be inherited, and asks the parsed facts.
 */
final class NullableText implements TextFactKind<Map<String, NullableText.Verdict>> {

    /** What the text tells of the declarations of one {@code name/arity}. */
    enum Verdict {
        /** None may return null. */
        NEVER,
        /** Each is declared {@code @Nullable}, and has no body or one that never returns a null of its own. */
        DECLARED,
        /** Some may: the parsed facts tell. */
        MAYBE,
        /** Declared without a body and not {@code @Nullable}: what it returns, its implementations tell. */
        ABSTRACT;

        Verdict and(Verdict other) {
            return this == other ? this : MAYBE;
        }
    }

    static final NullableText KIND = new NullableText();

    private static final Pattern SET_TO_NULL = Pattern.compile("[^=!<>]=\\s*null\\s*;");
    private static final Pattern RETURNS_NULL = Pattern.compile(
            "\\breturn\\s*\\(?\\s*null\\s*\\)?\\s*;|\\borElse\\s*\\(\\s*null\\s*\\)|\\bgetOrDefault\\s*\\([^;]*,\\s*null\\s*\\)"
            + "|\\.(?:getParameter|getHeader|getenv)\\s*\\(|System\\.getProperty\\s*\\(");
    /** Either of the two, in one pass. */
    private static final Pattern RETURNS_OR_SET_TO_NULL = Pattern.compile(RETURNS_NULL.pattern() + "|" + SET_TO_NULL.pattern());
    /** A type declaration at the start of a line, after its modifiers (not "class" in a comment). */
    private static final Pattern TYPES = Pattern.compile("[ \\t]*(?:(?:public|protected|private|static|final|"
            + "abstract|sealed|non-sealed|strictfp)\\s+)*(?:class|interface|enum|record|@interface)\\s+[\\p{L}_$]");
    /** A null returned or in the arm of a conditional. */
    private static final Pattern NULL_ARM = Pattern.compile("\\breturn\\s*\\(?\\s*null\\b|[?:]\\s*null\\b");
    /** Words that may stand before a name and "(" without making it a declaration. */
    private static final Set<String> NOT_TYPES = Set.of("return", "new", "throw", "else", "case",
            "assert", "yield", "instanceof", "extends", "implements", "throws", "super", "this", "record", "class",
            "interface", "enum", "default", "do", "package", "import");
    /** The last words of the repository types' names ("Repository", "Executor"): one search of each comes first. */
    private static final Set<String> REPOSITORY_ENDINGS = NullSources.REPOSITORIES.stream()
            .map(name -> name.substring(lastCapital(name))).collect(Collectors.toUnmodifiableSet());
    /** How far before a header its annotations may start. */
    private static final int ANNOTATIONS = 400;

    private NullableText() {
    }

    @Override
    public String id() {
        return "nullness.text";
    }

    @Override
    public Map<String, Verdict> extract(String text) {
        Map<String, Verdict> names = new HashMap<>();
        boolean repository = REPOSITORY_ENDINGS.stream().anyMatch(ending -> text.contains(ending + "<"))
                && NullSources.REPOSITORIES.stream().anyMatch(type -> text.contains(type + "<"));
        int[] hints = hints(text);
        for (int open = text.indexOf('('); open >= 0; open = text.indexOf('(', open + 1)) {
            int nameEnd = skipSpaceBack(text, open - 1) + 1;
            int nameStart = identifierStart(text, nameEnd);
            if (nameStart == nameEnd || !Character.isJavaIdentifierStart(text.charAt(nameStart))) {
                continue;
            }
            int typeEnd = skipSpaceBack(text, nameStart - 1);
            if (typeEnd == nameStart - 1 || typeEnd < 0 || !returnType(text, typeEnd)) {
                continue; // nothing or no space between a type and the name: a call, not a declaration
            }
            String name = text.substring(nameStart, nameEnd);
            int end = afterParameters(text, open + 1);
            if (end < 0) {
                names.put(name, Verdict.MAYBE); // unreadable (by name alone): ask the parsed facts
                continue;
            }
            Verdict verdict = body(text, end, name, annotated(text, nameStart, nameEnd), repository, hints);
            if (verdict != null) {
                names.merge(name + "/" + arity(text, open + 1, end - 1), verdict, Verdict::and);
            }
        }
        if (names.containsValue(Verdict.DECLARED) && severalTypes(text)) {
            // which of the file's types declares what, the text does not tell: a @Nullable
            // method of a nested type is not one of the type asked about
            names.replaceAll((name, verdict) -> verdict == Verdict.DECLARED ? Verdict.MAYBE : verdict);
        }
        return Map.copyOf(names);
    }

    /** Whether the text ending at {@code end} (inclusive) is a return type: a type name, generic or array, not a keyword. */
    private static boolean returnType(String text, int end) {
        char last = text.charAt(end);
        if (last == '>' || last == ']') {
            return true;
        }
        if (!Character.isJavaIdentifierPart(last)) {
            return false;
        }
        int start = identifierStart(text, end + 1);
        String word = text.substring(start, end + 1);
        if (NOT_TYPES.contains(word)) {
            return false;
        }
        if (start > 0 && text.charAt(start - 1) == '.') {
            return true; // a qualified type
        }
        return Character.isUpperCase(word.charAt(0)) || word.equals("void") || word.equals("int")
                || word.equals("long") || word.equals("boolean") || word.equals("double") || word.equals("float")
                || word.equals("short") || word.equals("byte") || word.equals("char");
    }

    private static int lastCapital(String name) {
        int at = name.length() - 1;
        while (at > 0 && !Character.isUpperCase(name.charAt(at))) {
            at--;
        }
        return at;
    }

    /** The last position at or before {@code from} that is not white space; -1 if none. */
    static int skipSpaceBack(String text, int from) {
        int i = from;
        while (i >= 0 && Character.isWhitespace(text.charAt(i))) {
            i--;
        }
        return i;
    }

    /** The start of the identifier that ends just before {@code end}. */
    static int identifierStart(String text, int end) {
        int i = end;
        while (i > 0 && Character.isJavaIdentifierPart(text.charAt(i - 1))) {
            i--;
        }
        return i;
    }

    /** Whether a nullable annotation stands among the modifiers before the header or on its return type. */
    private static boolean annotated(String text, int start, int nameEnd) {
        int from = Math.max(0, start - ANNOTATIONS);
        String before = text.substring(from, nameEnd);
        // only what follows the end of the previous member
        int boundary = Math.max(before.lastIndexOf(';', start - from - 1), Math.max(
                before.lastIndexOf('}', start - from - 1), before.lastIndexOf('{', start - from - 1)));
        String modifiers = before.substring(boundary + 1);
        for (String annotation : NullSources.NULLABLE_ANNOTATIONS) {
            if (modifiers.contains("@" + annotation) || modifiers.contains("." + annotation)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the method's body, from the first character after its parameters, may return
     * null; for a bodiless method, whether it is a query that may find no row.
     */
    private static Verdict body(String text, int from, String name, boolean annotated, boolean repository,
                                int[] hints) {
        int i = from;
        while (i < text.length() && text.charAt(i) != '{' && text.charAt(i) != ';' && text.charAt(i) != '=') {
            i++;
        }
        if (i >= text.length() || text.charAt(i) == '=') {
            return null; // not a declaration after all
        }
        if (text.charAt(i) == ';') {
            // a query method of a Spring Data repository may find no row; of other interfaces, the implementations tell
            return annotated ? Verdict.DECLARED
                    : repository && NullSources.QUERY_PREFIXES.stream().anyMatch(name::startsWith) ? Verdict.MAYBE
                    : Verdict.ABSTRACT;
        }
        int depth = 0;
        for (int j = i; j < text.length(); j++) {
            char c = text.charAt(j);
            if (c == '{') {
                depth++;
            } else if (c == '}' && --depth == 0) {
                if (!hinted(hints, i, j)) {
                    return annotated ? Verdict.DECLARED : Verdict.NEVER; // no word the patterns below need
                }
                if (annotated) {
                    // a null of its own may make it a source only for some arguments: the parsed facts tell
                    return nearHint(NULL_ARM, text, hints, i, j) ? Verdict.MAYBE : Verdict.DECLARED;
                }
                // return null; or a local set to null and returned (data = null; return data;)
                return nearHint(RETURNS_OR_SET_TO_NULL, text, hints, i, j) ? Verdict.MAYBE : Verdict.NEVER;
            }
        }
        return Verdict.MAYBE; // no end found: ask the parsed facts
    }

    /** The words every pattern of a body that may return null holds one of. */
    private static final List<String> HINTS = List.of("null", "getParameter", "getHeader", "getenv", "getProperty");

    /** Where in the text the words of {@link #HINTS} start, in order. */
    private static int[] hints(String text) {
        List<Integer> found = new ArrayList<>();
        for (String hint : HINTS) {
            for (int at = text.indexOf(hint); at >= 0; at = text.indexOf(hint, at + hint.length())) {
                if (!comparedWith(text, at)) {
                    found.add(at);
                }
            }
        }
        return found.stream().mapToInt(Integer::intValue).sorted().toArray();
    }

    /**
     * Whether the word at {@code at} is the right side of {@code ==} or {@code !=}: the
     * {@code null} of a test, which no pattern of a value returned holds.
     */
    private static boolean comparedWith(String text, int at) {
        int before = skipSpaceBack(text, at - 1);
        return before >= 1 && text.charAt(before) == '=' && (text.charAt(before - 1) == '=' || text.charAt(before - 1) == '!');
    }

    /** How far before and after a hint word a match that holds it may start and end. */
    private static final int BEFORE_HINT = 300;
    private static final int AFTER_HINT = 120;

    /**
     * Whether the pattern matches between {@code from} and {@code to}, tried around each
     * hint word there: every match holds one, and the body between them need not be read.
     */
    private static boolean nearHint(Pattern pattern, String text, int[] hints, int from, int to) {
        Matcher matcher = pattern.matcher(text).useTransparentBounds(true);
        int at = Arrays.binarySearch(hints, from);
        int windowStart = -1;
        int windowEnd = -1;
        for (int k = at >= 0 ? at : -at - 1; k < hints.length && hints[k] < to; k++) {
            int start = Math.max(from, hints[k] - BEFORE_HINT);
            int end = Math.min(to, hints[k] + AFTER_HINT);
            if (windowEnd >= start) {
                windowEnd = Math.max(windowEnd, end); // overlapping windows are searched as one
                continue;
            }
            if (windowStart >= 0 && matcher.region(windowStart, windowEnd).find()) {
                return true;
            }
            windowStart = start;
            windowEnd = end;
        }
        return windowStart >= 0 && matcher.region(windowStart, windowEnd).find();
    }

    /**
     * Whether the text declares two types or more, each header at the start of a line: the
     * lines tried are those that hold a type keyword.
     */
    private static boolean severalTypes(String text) {
        Matcher header = TYPES.matcher(text);
        Set<Integer> lines = new HashSet<>();
        int headers = 0;
        for (String keyword : TYPE_KEYWORDS) {
            for (int at = text.indexOf(keyword); at >= 0; at = text.indexOf(keyword, at + keyword.length())) {
                int line = text.lastIndexOf('\n', at) + 1;
                if (lines.add(line) && header.region(line, text.length()).lookingAt() && ++headers > 1) {
                    return true;
                }
            }
        }
        return false;
    }

    private static final String[] TYPE_KEYWORDS = {"class", "interface", "enum", "record"};

    /** Whether one of the words of {@link #HINTS} starts between {@code from} and {@code to}. */
    private static boolean hinted(int[] hints, int from, int to) {
        int at = Arrays.binarySearch(hints, from);
        int next = at >= 0 ? at : -at - 1;
        return next < hints.length && hints[next] < to;
    }

    /**
     * How many parameters the list between {@code from} and the closing {@code to} holds:
     * its commas outside type arguments and annotation values, plus one; none when blank.
     */
    private static int arity(String text, int from, int to) {
        if (text.substring(from, to).isBlank()) {
            return 0;
        }
        int count = 1;
        int depth = 0;
        for (int j = from; j < to; j++) {
            char c = text.charAt(j);
            if (c == '<' || c == '(' || c == '{') {
                depth++;
            } else if (c == '>' || c == ')' || c == '}') {
                depth--;
            } else if (c == ',' && depth == 0) {
                count++;
            }
        }
        return count;
    }

    /** The index after the ")" that closes the parameters opened just before {@code open}; -1 if none. */
    private static int afterParameters(String text, int open) {
        int depth = 1;
        for (int j = open; j < text.length(); j++) {
            char c = text.charAt(j);
            if (c == '(') {
                depth++;
            } else if (c == ')' && --depth == 0) {
                return j + 1;
            } else if (c == ';' || c == '{') {
                return -1;
            }
        }
        return -1;
    }
}
