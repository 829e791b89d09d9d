package dev.backlint.engine;

import java.util.function.Consumer;

/**
 * The names a file's text may declare as types: every identifier after the word
 * {@code class}, {@code interface}, {@code enum} or {@code record} (comments and
 * strings included, which at worst names a file that declares nothing). Found with
 * {@link String#indexOf}, which the JVM runs far faster than a pattern tried at every
 * position of the text.
 */
final class TypeNamesInText {

    private static final String[] KEYWORDS = {"class", "interface", "enum", "record"};

    private TypeNamesInText() {
    }

    static void forEach(String text, Consumer<String> names) {
        for (String keyword : KEYWORDS) {
            for (int at = text.indexOf(keyword); at >= 0; at = text.indexOf(keyword, at + keyword.length())) {
                if (at > 0 && isWordPart(text.charAt(at - 1))) {
                    continue;
                }
                int i = at + keyword.length();
                int spaceStart = i;
                while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
                    i++;
                }
                if (i == spaceStart || i == text.length() || !startsName(text.charAt(i))) {
                    continue;
                }
                int start = i;
                while (i < text.length() && partOfName(text.charAt(i))) {
                    i++;
                }
                names.accept(text.substring(start, i));
            }
        }
    }

    /** What {@code \b} sees as a word character before the keyword. */
    private static boolean isWordPart(char c) {
        return Character.isLetterOrDigit(c) || c == '_';
    }

    private static boolean startsName(char c) {
        return Character.isLetter(c) || c == '_' || c == '$';
    }

    private static boolean partOfName(char c) {
        return Character.isLetterOrDigit(c) || c == '_' || c == '$';
    }
}
