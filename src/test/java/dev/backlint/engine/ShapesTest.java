package dev.backlint.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import com.github.javaparser.JavaParser;
import com.github.javaparser.ParserConfiguration;
import org.junit.jupiter.api.Test;

class ShapesTest {

    private static final String BASE = """
            package app;
            import java.util.List;
            @Service
            public class Orders {
                private static final String TABLE = "orders";
                private final List<String> names = new java.util.ArrayList<>();
                static { System.out.println("loaded"); }
                public Orders() { names.add("first"); }
                @Transactional
                public List<String> names(int limit) { return names.subList(0, limit); }
                enum State { OPEN("o") { void x() { } }, CLOSED("c"); State(String code) { } }
                record Line(String sku, int quantity) { Line { if (quantity < 0) throw new IllegalArgumentException(); } }
            }
            """;

    private static String shape(String text) {
        JavaParser parser = new JavaParser(new ParserConfiguration()
                .setLanguageLevel(ParserConfiguration.LanguageLevel.JAVA_21));
        return Shapes.digest(new SourceText(text, true), parser.parse(text).getResult().orElseThrow());
    }

    @Test
    void bodiesCommentsLayoutAndInitialValuesAreNotPartOfTheShape() {
        String edited = BASE
                .replace("return names.subList(0, limit);", "// the first ones\n        return names.subList(1, limit);")
                .replace("\"orders\"", "\"order_table\"")
                .replace("new java.util.ArrayList<>()", "new java.util.LinkedList<>()")
                .replace("System.out.println(\"loaded\");", "")
                .replace("names.add(\"first\");", "names.add(\"/* not a comment */\");")
                .replace("OPEN(\"o\")", "OPEN(\"open\")")
                .replace("throw new IllegalArgumentException();", "throw new IllegalStateException();")
                .replace("public class Orders {", "/** Orders. */\npublic   class Orders\n{");

        assertEquals(shape(BASE), shape(edited));
    }

    @Test
    void declarationsArePartOfTheShape() {
        String base = shape(BASE);
        for (String[] change : new String[][] {
                {"public List<String> names(int limit)", "public List<String> names(long limit)"},
                {"public List<String> names(int limit)", "public java.util.Collection<String> names(int limit)"},
                {"import java.util.List;", "import java.awt.List;"},
                {"@Transactional", "@Cacheable"},
                {"private final List<String> names", "private final List<Object> names"},
                {"public class Orders {", "public class Orders extends Base {"},
                {"CLOSED(\"c\")", "CLOSED(\"c\"), ARCHIVED(\"a\")"},
                {"record Line(String sku, int quantity)", "record Line(String sku, long quantity)"},
                {"package app;", "package app.orders;"}}) {
            assertNotEquals(base, shape(BASE.replace(change[0], change[1])), change[1]);
        }
    }
}
