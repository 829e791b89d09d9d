package dev.backlint.api;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.github.javaparser.JavaParser;
import com.github.javaparser.ParserConfiguration;
import com.github.javaparser.ast.expr.CharLiteralExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.LiteralStringValueExpr;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class LiteralsTest {

    @Test
    void decodesTheEscapesOfStringsTextBlocksAndCharacters() {
        assertEquals(Optional.of("a\tb\"c"), Literals.text(literal("\"a\\tb\\u0022c\"")));
        assertEquals(Optional.of("SELECT *\nFROM t\n"), Literals.text(literal("\"\"\"\n    SELECT *\n    FROM t\n    \"\"\"")));
        assertEquals(Optional.of('"'), Literals.character((CharLiteralExpr) expression("'\\u0022'")));
    }

    @Test
    void aTextBlockWithABrokenUnicodeEscapeHasNoText() {
        assertEquals(Optional.empty(), Literals.text(literal("\"\"\"\n    FROM ledger_ent\\uries\n    \"\"\"")));
        assertEquals(Optional.empty(), Literals.text(literal("\"\"\"\n    FROM t\\u12\n    \"\"\"")));
    }

    @Test
    void readsIntAndLongLiteralsAndNothingOutOfRange() {
        assertEquals(Optional.of(42), Literals.number(literal("42")));
        assertEquals(Optional.of(0x7fffffffffL), Literals.number(literal("0x7fffffffffL")));
        assertEquals(Optional.empty(), Literals.number(literal("99999999999")));
        assertEquals(Optional.empty(), Literals.number(literal("\"42\"")), "a string is not a number");
        assertEquals(Optional.empty(), Literals.text(literal("42")), "a number is not text");
    }

    private static LiteralStringValueExpr literal(String source) {
        return (LiteralStringValueExpr) expression(source);
    }

    private static Expression expression(String source) {
        ParserConfiguration configuration = new ParserConfiguration()
                .setLanguageLevel(ParserConfiguration.LanguageLevel.JAVA_17);
        return new JavaParser(configuration).parse("class A { Object x = " + source + "; }").getResult().orElseThrow()
                .findFirst(com.github.javaparser.ast.body.VariableDeclarator.class).orElseThrow()
                .getInitializer().orElseThrow();
    }
}
