package dev.backlint.flow.futures;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.github.javaparser.JavaParser;
import dev.backlint.engine.Parsing;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The methods of a file's types declared with a future or publisher return type. */
class FutureMethodFactsTest {

    private static Map<String, Map<String, Boolean>> facts(String source) {
        return FutureMethodFacts.KIND.extract(new JavaParser(Parsing.configuration()).parse(source).getResult()
                .orElseThrow(), null);
    }

    @Test
    void readsFuturesAndPublishersPerType() {
        assertEquals(Map.of("shop.Payments", Map.of("charge", false, "refund", false, "watch", true, "stream", true)),
                facts("""
                        package shop;
                        interface Payments {
                            CompletableFuture<Map<String, List<Receipt>>> charge(Order order);
                            java.util.concurrent.Future<?> refund(long id);
                            Mono<Void> watch(String id);
                            Flux<Event> stream();
                            void cancel(long id);
                        }
                        """));
    }

    @Test
    void leavesOutNamesAlsoDeclaredWithAnotherReturnType() {
        assertEquals(Map.of("Store.Inner", Map.of("touch", true)), facts("""
                class Store {
                    Mono<Void> touch(Session s) { return Mono.empty(); }
                    void touch(Instant at) { }
                    CompletableFuture<Void> save(Item item) { return null; }
                    Mono<Void> save(Item item, boolean flush) { return null; }
                    class Inner {
                        Mono<Void> touch(Session s) { return Mono.empty(); }
                    }
                }
                """));
    }

    @Test
    void everyMethodOfAReactiveRepositoryHandsBackAPublisher() {
        assertEquals(Map.of("Events", Map.of(FutureMethodFacts.EVERY_METHOD, true)), facts("""
                interface Events extends ReactiveCrudRepository<Event, String> {
                }
                """));
    }
}
