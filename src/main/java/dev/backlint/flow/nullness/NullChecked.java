package dev.backlint.flow.nullness;

import dev.backlint.api.TextIndexKind;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The names of the methods whose result some code of the project tests for null, read
 * from the text: {@code find(id) == null}, {@code Objects.isNull(find(id))},
 * {@code Optional.ofNullable(find(id))}, or {@code T x = find(id);} followed by a test of
 * {@code x}. That a caller expects null is the evidence that a method of another class
 * which returns null on some path really does so for some of its callers.
 */
final class NullChecked implements TextIndexKind {

    static final NullChecked KIND = new NullChecked();

    private static final Pattern WRAPPED = Pattern.compile(
            "(?:Objects\\.(?:isNull|nonNull|requireNonNull\\w*)|Optional\\.ofNullable)\\s*\\(\\s*(?:[\\w.]+\\.)?(\\w+)\\s*\\(");
    /** The words {@link #WRAPPED} starts with. */
    private static final String[] WRAPPERS = {"Objects.", "Optional.ofNullable"};
    /** How far a wrapped call may reach. */
    private static final int REACH = 400;
    /** How far back a test looks for the assignment of the variable it tests. */
    private static final int WINDOW = 1500;

    private NullChecked() {
    }

    @Override
    public java.util.List<TextIndexKind> readWith() {
        return Implementations.nullnessIndexes();
    }

    @Override
    public String id() {
        return "nullness.null-checked";
    }

    /** Found from {@link String#indexOf} of the words the patterns start with: a pattern tried at every position is far slower. */
    @Override
    public void collect(String text, Set<String> into) {
        Matcher wrapped = WRAPPED.matcher(text);
        for (String start : WRAPPERS) {
            for (int at = text.indexOf(start); at >= 0; at = text.indexOf(start, at + start.length())) {
                if (wrapped.region(at, Math.min(text.length(), at + REACH)).lookingAt()) {
                    into.add(wrapped.group(1));
                }
            }
        }
        for (int at = text.indexOf("null"); at >= 0; at = text.indexOf("null", at + 4)) {
            int end = at + 4;
            if (at > 0 && Character.isJavaIdentifierPart(text.charAt(at - 1))
                    || end < text.length() && Character.isJavaIdentifierPart(text.charAt(end))) {
                continue;
            }
            int before = at - 1;
            while (before >= 0 && Character.isWhitespace(text.charAt(before))) {
                before--;
            }
            int after = end;
            while (after < text.length() && Character.isWhitespace(text.charAt(after))) {
                after++;
            }
            String operand;
            int testAt;
            if (before >= 1 && text.charAt(before) == '=' && (text.charAt(before - 1) == '=' || text.charAt(before - 1) == '!')) {
                testAt = before - 1; // x == null
                operand = operandBefore(text, testAt);
            } else if (after + 1 < text.length() && (text.charAt(after) == '=' || text.charAt(after) == '!')
                    && text.charAt(after + 1) == '=') {
                testAt = at; // null == x
                operand = operandAfter(text, after + 2);
            } else {
                continue;
            }
            if (operand == null) {
                continue;
            }
            if (operand.endsWith("(")) {
                into.add(operand.substring(0, operand.length() - 1));
            } else {
                assignedCall(text, operand, testAt).ifPresent(into::add);
            }
        }
    }

    /** The call name ({@code "find("}) or variable just before {@code ==}; null for anything else. */
    private static String operandBefore(String text, int at) {
        int i = at - 1;
        while (i >= 0 && Character.isWhitespace(text.charAt(i))) {
            i--;
        }
        if (i >= 0 && text.charAt(i) == ')') {
            int depth = 0;
            for (; i >= 0; i--) {
                char c = text.charAt(i);
                if (c == ')') {
                    depth++;
                } else if (c == '(' && --depth == 0) {
                    break;
                }
            }
            int end = i;
            while (end > 0 && Character.isWhitespace(text.charAt(end - 1))) {
                end--;
            }
            int start = end;
            while (start > 0 && Character.isJavaIdentifierPart(text.charAt(start - 1))) {
                start--;
            }
            return start < end ? text.substring(start, end) + "(" : null;
        }
        int end = i + 1;
        int start = end;
        while (start > 0 && Character.isJavaIdentifierPart(text.charAt(start - 1))) {
            start--;
        }
        return start < end ? text.substring(start, end) : null;
    }

    /** The call name or variable just after {@code null ==}. */
    private static String operandAfter(String text, int at) {
        int i = at;
        while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        int start = i;
        while (i < text.length() && (Character.isJavaIdentifierPart(text.charAt(i)) || text.charAt(i) == '.')) {
            i++;
        }
        if (start == i) {
            return null;
        }
        String name = text.substring(start, i);
        name = name.substring(name.lastIndexOf('.') + 1);
        return i < text.length() && text.charAt(i) == '(' ? name + "(" : name;
    }

    /** After an {@code =}: an optional cast, a qualifier, and the name of the call. */
    private static final Pattern CALLED = Pattern.compile(
            "\\G\\s*(?:\\([\\w.<>\\[\\], ?]+\\)\\s*)?(?:[\\w.]+\\.)?(\\w+)\\s*\\(");

    /** The method whose result the variable was last given before {@code at}: {@code x = repo.find(id)}. */
    private static java.util.Optional<String> assignedCall(String text, String variable, int at) {
        if (variable.isEmpty() || !Character.isJavaIdentifierStart(variable.charAt(0))) {
            return java.util.Optional.empty();
        }
        int from = Math.max(0, at - WINDOW);
        // searched in the window alone: a name not found there is not looked for back to the file's start
        String window = text.substring(from, at);
        for (int found = window.lastIndexOf(variable); found >= 0; found = window.lastIndexOf(variable, found - 1)) {
            int i = from + found;
            int end = i + variable.length();
            if (i > 0 && Character.isJavaIdentifierPart(text.charAt(i - 1))
                    || end < text.length() && Character.isJavaIdentifierPart(text.charAt(end))) {
                continue;
            }
            int j = end;
            while (j < at && Character.isWhitespace(text.charAt(j))) {
                j++;
            }
            if (j + 1 < text.length() && text.charAt(j) == '=' && text.charAt(j + 1) != '=') {
                Matcher called = CALLED.matcher(text).region(j + 1, Math.min(text.length(), j + 400));
                return called.find() ? java.util.Optional.of(called.group(1)) : java.util.Optional.empty();
            }
        }
        return java.util.Optional.empty();
    }
}
