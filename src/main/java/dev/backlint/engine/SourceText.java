package dev.backlint.engine;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * A file's text: UTF-8 (a byte order mark dropped), or ISO-8859-1 when the bytes are
 * not valid UTF-8, which every byte sequence is.
 *
 * @param utf8 whether the bytes were valid UTF-8
 */
public record SourceText(String text, boolean utf8) {

    public static SourceText decode(byte[] bytes) {
        int start = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB
                && (bytes[2] & 0xFF) == 0xBF ? 3 : 0;
        if (ascii(bytes, start)) {
            // most sources are plain ASCII: every byte is its character, no decoder needed
            return new SourceText(new String(bytes, start, bytes.length - start, StandardCharsets.ISO_8859_1), true);
        }
        try {
            String text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, start, bytes.length - start))
                    .toString();
            return new SourceText(text, true);
        } catch (CharacterCodingException e) {
            return new SourceText(new String(bytes, StandardCharsets.ISO_8859_1), false);
        }
    }

    private static boolean ascii(byte[] bytes, int start) {
        for (int i = start; i < bytes.length; i++) {
            if (bytes[i] < 0) {
                return false;
            }
        }
        return true;
    }

    /** The text of a 1-based line without its line terminator, or "" past the end. */
    public String line(int number) {
        int line = 1;
        int start = 0;
        while (line < number) {
            int next = nextLineStart(start);
            if (next < 0) {
                return "";
            }
            start = next;
            line++;
        }
        int end = start;
        while (end < text.length() && text.charAt(end) != '\n' && text.charAt(end) != '\r') {
            end++;
        }
        return text.substring(start, end);
    }

    /**
     * The offset in the text of a 1-based line and column (a column past the line's end
     * is its end); -1 for a line past the text's end.
     */
    public int offset(int lineNumber, int column) {
        int line = 1;
        int start = 0;
        while (line < lineNumber) {
            int next = nextLineStart(start);
            if (next < 0) {
                return -1;
            }
            start = next;
            line++;
        }
        int end = start;
        while (end < text.length() && text.charAt(end) != '\n' && text.charAt(end) != '\r') {
            end++;
        }
        return start + Math.min(Math.max(0, column - 1), end - start);
    }

    /** The text of a range, or empty when the range is not in the text. */
    public java.util.Optional<String> of(dev.backlint.api.SourceRange range) {
        int from = offset(range.startLine(), range.startColumn());
        int to = offset(range.endLine(), range.endColumn());
        return from < 0 || to < from ? java.util.Optional.empty() : java.util.Optional.of(text.substring(from, to));
    }

    private int nextLineStart(int from) {
        for (int i = from; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                return i + 1;
            }
            if (c == '\r') {
                return i + 1 < text.length() && text.charAt(i + 1) == '\n' ? i + 2 : i + 1;
            }
        }
        return -1;
    }

    /** Number of lines, counting a last line without terminator. */
    public int lineCount() {
        int count = 0;
        int start = 0;
        while (start >= 0 && start < text.length()) {
            count++;
            start = nextLineStart(start);
        }
        return count;
    }
}
