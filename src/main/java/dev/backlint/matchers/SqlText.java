package dev.backlint.matchers;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Reads SQL text the way a database would, enough to answer questions about its
 * structure: comments and quoted literals are blanked out, then the text is split into
 * tokens. Tolerant: text that is not SQL simply yields no answers.
 */
public final class SqlText {

    private static final Set<String> SET_OPERATORS = Set.of("UNION", "INTERSECT", "EXCEPT", "MINUS");
    private static final Set<String> AFTER_SET_OPERATOR = Set.of("ALL", "DISTINCT");
    private static final Set<String> STATEMENTS_BEFORE_SELECT = Set.of("INSERT", "REPLACE", "UPSERT", "MERGE", "CREATE");
    private static final Set<String> SELECT_MODIFIERS = Set.of("DISTINCT", "ALL", "DISTINCTROW", "SQL_CALC_FOUND_ROWS");

    private final List<Token> tokens;

    /** A select list that names every column: where it starts and which table it reads. */
    public record SelectAll(int offset, Optional<String> table) {
    }

    private record Token(String text, int offset, boolean word) {
        boolean is(String keyword) {
            return word && text.equalsIgnoreCase(keyword);
        }

        boolean isSymbol(char symbol) {
            return !word && text.length() == 1 && text.charAt(0) == symbol;
        }

        String upper() {
            return text.toUpperCase(Locale.ROOT);
        }
    }

    private SqlText(List<Token> tokens) {
        this.tokens = tokens;
    }

    /**
     * A cheap test that {@code text} may select all columns, to skip the full reading of
     * the many strings that cannot.
     */
    public static boolean maySelectAll(String text) {
        return text.indexOf('*') >= 0 && containsIgnoreCase(text, "select");
    }

    /** Whether {@code text} contains {@code word} (lower case ASCII) in any case. */
    public static boolean containsIgnoreCase(String text, String word) {
        int last = text.length() - word.length();
        for (int i = 0; i <= last; i++) {
            if (text.regionMatches(true, i, word, 0, word.length())) {
                return true;
            }
        }
        return false;
    }

    public static SqlText of(String text) {
        return new SqlText(tokenize(blankCommentsAndLiterals(text)));
    }

    /**
     * Every {@code SELECT} in statement position whose select list has an item {@code *}
     * or {@code alias.*} and is followed by {@code FROM} and a table. Left out: a
     * {@code SELECT} directly inside {@code EXISTS (…)}, whose list is never read, and
     * one that reads a derived table ({@code SELECT * FROM (SELECT id, name …) page}),
     * whose columns the inner query names.
     */
    public List<SelectAll> selectAllColumns() {
        List<SelectAll> found = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            Token token = tokens.get(i);
            if (!token.is("SELECT") || !inStatementPosition(i) || insideExists(i)) {
                continue;
            }
            int from = selectListEnd(i + 1);
            if (from < 0 || !consistentCase(token, tokens.get(from)) || tokens.get(from + 1).isSymbol('(')) {
                continue;
            }
            if (hasStarItem(skipModifiers(i + 1), from)) {
                found.add(new SelectAll(token.offset(), tableAfter(from)));
            }
        }
        return found;
    }

    private boolean inStatementPosition(int select) {
        if (select == 0) {
            return true;
        }
        Token previous = tokens.get(select - 1);
        if (previous.isSymbol('(') || previous.isSymbol(';') || previous.is("AS")) {
            return true;
        }
        String upper = previous.upper();
        if (SET_OPERATORS.contains(upper)) {
            return true;
        }
        if (AFTER_SET_OPERATOR.contains(upper) && select >= 2 && SET_OPERATORS.contains(tokens.get(select - 2).upper())) {
            return true;
        }
        // INSERT INTO t SELECT …, INSERT INTO t (a, b) SELECT …
        return (previous.word || previous.isSymbol(')')) && tokens.get(0).word
                && STATEMENTS_BEFORE_SELECT.contains(tokens.get(0).upper());
    }

    private boolean insideExists(int select) {
        return select >= 2 && tokens.get(select - 1).isSymbol('(') && tokens.get(select - 2).is("EXISTS");
    }

    /**
     * SQL keywords of one statement share a case (SELECT/FROM, select/from, Select/From);
     * prose does not ("Select * from the list").
     */
    private static boolean consistentCase(Token select, Token from) {
        String shape = caseShape(select.text());
        return !shape.equals("mixed") && shape.equals(caseShape(from.text()));
    }

    private static String caseShape(String word) {
        if (word.equals(word.toUpperCase(Locale.ROOT))) {
            return "upper";
        }
        if (word.equals(word.toLowerCase(Locale.ROOT))) {
            return "lower";
        }
        String rest = word.substring(1);
        return Character.isUpperCase(word.charAt(0)) && rest.equals(rest.toLowerCase(Locale.ROOT)) ? "capitalized" : "mixed";
    }

    private int skipModifiers(int start) {
        int i = start;
        while (i < tokens.size() && tokens.get(i).word && SELECT_MODIFIERS.contains(tokens.get(i).upper())) {
            i++;
        }
        return i;
    }

    /** The index of the {@code FROM} that ends the select list starting at {@code start}, or -1. */
    private int selectListEnd(int start) {
        int depth = 0;
        for (int i = start; i < tokens.size(); i++) {
            Token token = tokens.get(i);
            if (token.isSymbol('(')) {
                depth++;
            } else if (token.isSymbol(')')) {
                if (--depth < 0) {
                    return -1;
                }
            } else if (token.isSymbol(';')) {
                return -1;
            } else if (depth == 0 && token.is("FROM")) {
                return i + 1 < tokens.size() ? i : -1;
            } else if (depth == 0 && token.is("SELECT")) {
                return -1;
            }
        }
        return -1;
    }

    private boolean hasStarItem(int start, int end) {
        int itemStart = start;
        int depth = 0;
        for (int i = start; i <= end; i++) {
            Token token = tokens.get(i);
            if (token.isSymbol('(')) {
                depth++;
            } else if (token.isSymbol(')')) {
                depth--;
            } else if (depth == 0 && (i == end || token.isSymbol(','))) {
                if (isStar(itemStart, i)) {
                    return true;
                }
                itemStart = i + 1;
            }
        }
        return false;
    }

    /** {@code *}, {@code t.*} or {@code schema.t.*}. */
    private boolean isStar(int start, int end) {
        int length = end - start;
        if (length == 1) {
            return tokens.get(start).isSymbol('*');
        }
        if (length < 3 || length % 2 == 0 || !tokens.get(end - 1).isSymbol('*')) {
            return false;
        }
        for (int i = start; i < end - 1; i += 2) {
            if (!tokens.get(i).word || !tokens.get(i + 1).isSymbol('.')) {
                return false;
            }
        }
        return true;
    }

    private Optional<String> tableAfter(int from) {
        int i = from + 1;
        if (i >= tokens.size() || !tokens.get(i).word) {
            return Optional.empty();
        }
        StringBuilder name = new StringBuilder(tokens.get(i).text());
        while (i + 2 < tokens.size() && tokens.get(i + 1).isSymbol('.') && tokens.get(i + 2).word) {
            name.append('.').append(tokens.get(i + 2).text());
            i += 2;
        }
        return Optional.of(name.toString());
    }

    /** Replaces comments and the contents of quoted strings with spaces, keeping offsets. */
    static String blankCommentsAndLiterals(String text) {
        StringBuilder out = new StringBuilder(text);
        int i = 0;
        int n = text.length();
        while (i < n) {
            char c = text.charAt(i);
            if (c == '-' && i + 1 < n && text.charAt(i + 1) == '-') {
                int end = text.indexOf('\n', i);
                end = end < 0 ? n : end;
                blank(out, i, end);
                i = end;
            } else if (c == '/' && i + 1 < n && text.charAt(i + 1) == '*') {
                int end = text.indexOf("*/", i + 2);
                end = end < 0 ? n : end + 2;
                blank(out, i, end);
                i = end;
            } else if (c == '\'') {
                int end = i + 1;
                while (end < n && (text.charAt(end) != '\'' || (end + 1 < n && text.charAt(end + 1) == '\''))) {
                    end += text.charAt(end) == '\'' ? 2 : 1;
                }
                blank(out, i + 1, Math.min(end, n));
                i = end + 1;
            } else {
                i++;
            }
        }
        return out.toString();
    }

    private static void blank(StringBuilder out, int start, int end) {
        for (int i = start; i < end; i++) {
            if (out.charAt(i) != '\n') {
                out.setCharAt(i, ' ');
            }
        }
    }

    private static List<Token> tokenize(String text) {
        List<Token> tokens = new ArrayList<>();
        int i = 0;
        int n = text.length();
        while (i < n) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
            } else if (Character.isLetter(c) || c == '_' || c == '#' || c == '@' || c == ':' && i + 1 < n
                    && Character.isLetter(text.charAt(i + 1))) {
                int start = i++;
                while (i < n && (Character.isLetterOrDigit(text.charAt(i)) || text.charAt(i) == '_'
                        || text.charAt(i) == '$' || text.charAt(i) == '{' || text.charAt(i) == '}')) {
                    i++;
                }
                tokens.add(new Token(text.substring(start, i), start, true));
            } else if (c == '"' || c == '`' || c == '[') {
                char close = c == '[' ? ']' : c;
                int end = text.indexOf(close, i + 1);
                end = end < 0 ? n : end + 1;
                tokens.add(new Token(text.substring(i, end), i, true));
                i = end;
            } else if (Character.isDigit(c)) {
                int start = i;
                while (i < n && (Character.isLetterOrDigit(text.charAt(i)) || text.charAt(i) == '.')) {
                    i++;
                }
                tokens.add(new Token(text.substring(start, i), start, false));
            } else {
                tokens.add(new Token(String.valueOf(c), i, false));
                i++;
            }
        }
        return tokens;
    }
}
