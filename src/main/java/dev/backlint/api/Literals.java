package dev.backlint.api;

import com.github.javaparser.ast.expr.CharLiteralExpr;
import com.github.javaparser.ast.expr.IntegerLiteralExpr;
import com.github.javaparser.ast.expr.LiteralStringValueExpr;
import com.github.javaparser.ast.expr.LongLiteralExpr;
import com.github.javaparser.ast.expr.StringLiteralExpr;
import com.github.javaparser.ast.expr.TextBlockLiteralExpr;
import java.util.Optional;

/**
 * The values of literals, escapes decoded. The parser accepts literals the compiler
 * would not (a text block with a broken unicode escape, an integer out of range), and
 * their decoders then throw; every layer reads a literal's value here, where such a
 * literal's value is simply unknown.
 */
public final class Literals {

    private Literals() {
    }

    /** The text of a string literal or text block; empty for other literals and for text that does not decode. */
    public static Optional<String> text(LiteralStringValueExpr literal) {
        try {
            if (literal instanceof TextBlockLiteralExpr block) {
                return Optional.of(block.asString());
            }
            if (literal instanceof StringLiteralExpr string) {
                return Optional.of(string.asString());
            }
            return Optional.empty();
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** The character of a character literal; empty when it does not decode. */
    public static Optional<Character> character(CharLiteralExpr literal) {
        try {
            return Optional.of(literal.asChar());
        } catch (IllegalArgumentException | IndexOutOfBoundsException e) {
            return Optional.empty();
        }
    }

    /**
     * The value of an {@code int} or {@code long} literal; empty for other literals and for
     * one out of range.
     */
    public static Optional<Number> number(LiteralStringValueExpr literal) {
        try {
            if (literal instanceof LongLiteralExpr wide) {
                return Optional.of(wide.asNumber());
            }
            if (literal instanceof IntegerLiteralExpr narrow) {
                return Optional.of(narrow.asNumber());
            }
            return Optional.empty();
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
