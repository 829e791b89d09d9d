package dev.backlint.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.github.javaparser.StaticJavaParser;
import dev.backlint.engine.FileFacts.TypeFacts;
import dev.backlint.flow.taint.PassThroughFacts;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class FactExtractorTest {

    private static final String SOURCE = """
            package shop.orders;
            import java.util.List;
            import static java.util.Objects.requireNonNull;
            @Service
            public class OrderService extends BaseService implements Auditable<Order>, java.io.Serializable {
                static final String TABLE = "orders";
                static final String SQL = "SELECT id FROM " + TABLE;
                static String notFinal = "x";
                final String notStatic = "y";
                Order find(long id) { if (id < 0) return null; return new Order(); }
                Order never() { Runnable r = () -> { return; }; java.util.function.Supplier<Order> s = () -> null; return new Order(); }
                Order inAnonymous() { return new Object() { Order o() { return null; } }.o(); }
                interface Cols { String ID = "id"; }
                enum Status { OPEN; static final int LIMIT = 3; }
            }
            """;

    @Test
    void extractsPackageImportsTypesAnnotationsSupertypesConstantsAndNullReturningMethods() {
        FileFacts facts = FactExtractor.extract(StaticJavaParser.parse(SOURCE));

        assertEquals("shop.orders", facts.packageName());
        assertEquals(List.of("java.util.List", "static java.util.Objects.requireNonNull"), facts.imports());
        assertEquals(Set.of("shop.orders.OrderService", "shop.orders.OrderService.Cols",
                "shop.orders.OrderService.Status"), facts.types().keySet());
        TypeFacts service = facts.types().get("shop.orders.OrderService");
        assertEquals(List.of("Service"), service.annotations());
        assertEquals(List.of("BaseService", "Auditable", "java.io.Serializable"), service.supertypes());
        assertEquals(Set.of("TABLE", "SQL"), service.constants().keySet());
        assertEquals(Set.of("ID"), facts.types().get("shop.orders.OrderService.Cols").constants().keySet());
        assertEquals(Set.of("LIMIT"), facts.types().get("shop.orders.OrderService.Status").constants().keySet());
    }

    @Test
    void summarisesWhichParametersReachTheResultAndRecordsFieldTypes() {
        com.github.javaparser.ast.CompilationUnit unit = StaticJavaParser.parse("""
                package shop;
                import org.springframework.jdbc.core.JdbcTemplate;
                class Sql {
                    static JdbcTemplate JDBC;
                    private final java.util.Map<String, Integer> counts = null;
                    int size;
                    static String where(String column, String value) {
                        String clause = column + " = ";
                        return clause + "?";
                    }
                    static String quoted(String value) {
                        StringBuilder sb = new StringBuilder("'");
                        sb.append(value.trim()).append("'");
                        return sb.toString();
                    }
                    static String number(String value) { return String.valueOf(Long.parseLong(value)); }
                    static String fixed(String value) { if (false) { return value; } return "x"; }
                    static String overloaded(String a) { return a; }
                    static String overloaded(Integer a) { return "n"; }
                    static int length(String value) { return value.length(); }
                }
                """);
        FileFacts facts = FactExtractor.extract(unit, List.of(PassThroughFacts.KIND, PassThroughFacts.BITS));

        TypeFacts sql = facts.types().get("shop.Sql");
        // the parameters passed on are worked out only when asked for, not with the file's facts
        assertEquals(java.util.Optional.empty(), facts.extra(PassThroughFacts.BITS));
        assertEquals(java.util.Map.of("shop.Sql", java.util.Map.of("where/2", 1, "quoted/1", 1)),
                FactExtractor.extractLazy(unit, PassThroughFacts.BITS, dev.backlint.api.ModelOptions.NONE));
        assertEquals(java.util.Map.of("JDBC", "JdbcTemplate", "counts", "java.util.Map"), sql.fields());
        assertEquals(Set.of("where/2", "quoted/1", "number/1", "fixed/1", "overloaded/1"), sql.stringMethods());
    }

    @Test
    void factsOfAKindAreExtractedOnlyForAnalysesThatARuleUses() {
        Analyses analyses = Analyses.standard();
        assertEquals(Set.of(), analyses.factKinds(Set.of(dev.backlint.api.Constants.class)).keySet());
        assertEquals(Set.of("taint.pass-through", "taint.sinks"),
                analyses.factKinds(Set.of(dev.backlint.flow.taint.Taint.class)).keySet());
    }

    @Test
    void recordsKindsAndReturnTypesWhereTheOverloadsOfAnArityAgree() {
        FileFacts facts = FactExtractor.extract(Parsing.parse("""
                package shop;
                class Order {
                    Long getId() { return null; }
                    int size() { return 0; }
                    java.util.List<Order> lines() { return null; }
                    byte[] payload() { return null; }
                    Long find(String key) { return null; }
                    String find(int index) { return null; }
                    Long pick(String key) { return null; }
                    Long pick(long key) { return null; }
                }
                record Line(Integer quantity, String sku) { }
                class Sessions extends java.util.concurrent.ConcurrentHashMap<Long, Line> implements java.io.Serializable { }
                """).orElseThrow());

        assertEquals(java.util.Map.of("getId/0", "Long", "size/0", "int", "lines/0", "java.util.List<Order>",
                "payload/0", "byte[]", "pick/1", "Long"), facts.types().get("shop.Order").returnTypes());
        assertEquals(java.util.Map.of("quantity/0", "Integer", "sku/0", "String"),
                facts.types().get("shop.Line").returnTypes());
        assertEquals("class", facts.types().get("shop.Order").kind());
        assertEquals("record", facts.types().get("shop.Line").kind());
        assertEquals(java.util.Map.of("java.util.concurrent.ConcurrentHashMap",
                "java.util.concurrent.ConcurrentHashMap<Long, Line>"), facts.types().get("shop.Sessions").supertypeArguments());
    }
}
