package dev.backlint.bench;

import java.util.List;
import java.util.Locale;

/** Name and source-text helpers for the generated code. */
final class Text {

    private Text() {
    }

    static int lines(String text) {
        int count = 0;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                count++;
            }
        }
        return count;
    }

    static String withNewline(String text) {
        return text.endsWith("\n") ? text : text + "\n";
    }

    /** Indents every line that is not blank, so that blank lines carry no trailing spaces. */
    static String indent(String text, int spaces) {
        String pad = " ".repeat(spaces);
        StringBuilder out = new StringBuilder(text.length() + 16 * spaces);
        int start = 0;
        while (start < text.length()) {
            int newline = text.indexOf('\n', start);
            int end = newline < 0 ? text.length() : newline + 1;
            if (end - start > 1 || newline < 0) {
                out.append(pad);
            }
            out.append(text, start, end);
            start = end;
        }
        return out.toString();
    }

    static String cap(String name) {
        return Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }

    static String decap(String name) {
        return Character.toLowerCase(name.charAt(0)) + name.substring(1);
    }

    /** {@code PurchaseOrder} and {@code purchaseOrder} to {@code purchase_order}. */
    static String snake(String name) {
        StringBuilder out = new StringBuilder(name.length() + 4);
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (Character.isUpperCase(c) && i > 0) {
                out.append('_');
            }
            out.append(Character.toLowerCase(c));
        }
        return out.toString();
    }

    static String upperSnake(String name) {
        return snake(name).toUpperCase(Locale.ROOT);
    }

    static String kebab(String name) {
        return snake(name).replace('_', '-');
    }

    /** {@code PurchaseOrder} to {@code purchase order}. */
    static String words(String name) {
        return snake(name).replace('_', ' ');
    }

    static String plural(String word) {
        if (word.endsWith("y") && word.length() > 1 && "aeiou".indexOf(word.charAt(word.length() - 2)) < 0) {
            return word.substring(0, word.length() - 1) + "ies";
        }
        if (word.endsWith("s") || word.endsWith("x") || word.endsWith("ch") || word.endsWith("sh")) {
            return word + "es";
        }
        return word + "s";
    }

    /** {@code ON_HOLD} to {@code OnHold}. */
    static String camel(String constant) {
        StringBuilder out = new StringBuilder();
        for (String part : constant.split("_")) {
            out.append(part.charAt(0)).append(part.substring(1).toLowerCase(Locale.ROOT));
        }
        return out.toString();
    }

    /**
     * {@code items} joined by {@code ", "}, broken onto continuation lines indented by
     * {@code continuation} spaces so that no line passes 110 columns; {@code used} is the width
     * already taken on the first line, {@code closing} what follows the last item on its line.
     */
    static String wrap(List<String> items, int used, int continuation, String closing) {
        StringBuilder out = new StringBuilder();
        int column = used;
        for (int i = 0; i < items.size(); i++) {
            String item = items.get(i) + (i < items.size() - 1 ? "," : closing);
            if (i > 0) {
                if (column + 1 + item.length() > 110) {
                    out.append('\n').append(" ".repeat(continuation));
                    column = continuation;
                } else {
                    out.append(' ');
                    column++;
                }
            }
            out.append(item);
            column += item.length();
        }
        return out.substring(0, out.length() - closing.length());
    }

    static String quote(String text) {
        return "\"" + text + "\"";
    }

    /**
     * A Java text block holding {@code lines}; its content and closing delimiter are indented by
     * {@code spaces}, relative to the line where the block starts.
     */
    static String textBlock(List<String> lines, int spaces) {
        String pad = " ".repeat(spaces);
        StringBuilder out = new StringBuilder("\"\"\"\n");
        for (String line : lines) {
            out.append(pad).append(line).append('\n');
        }
        return out.append(pad).append("\"\"\"").toString();
    }
}
