package dev.backlint.flow.futures;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** The methods a file's text declares with a future or publisher return type. */
class FutureMethodsTest {

    private static Map<String, Boolean> methods(String text) {
        return FutureMethods.KIND.extract(text);
    }

    @Test
    void readsFuturesAndPublishersWithTheirTypeArguments() {
        assertEquals(Map.of("charge", false, "refund", false, "watch", true, "stream", true), methods("""
                interface Payments {
                    CompletableFuture<Map<String, List<Receipt>>> charge(Order order);
                    Future<?> refund(long id);
                    Mono<Void> watch(String id);
                    Flux<Event> stream();
                }
                """));
    }

    @Test
    void leavesOutNamesAlsoDeclaredWithAnotherTypeAndCallsThatLookLikeDeclarations() {
        assertEquals(Map.of(), methods("""
                class Store {
                    Mono<Void> touch(Session s) { return Mono.fromRunnable(() -> touch(s.time())); }
                    void touch(Instant at) { }
                    CompletableFuture<Void> pending = list.stream().map(x -> send(x)).findAny().orElse(null);
                    Object first() { return handlers[0] send(); }
                }
                """));
    }

    @Test
    void readsEveryMethodOfAReactiveRepositoryAsAPublisher() {
        assertEquals(Map.of(FutureMethods.EVERY_METHOD, true), methods("""
                interface Events extends ReactiveCrudRepository<Event, String> {
                }
                """));
    }

    @Test
    void survivesArrowsAndBracketsBeforeANameOfAFutureMethod() {
        assertEquals(Map.of("send", false), methods("""
                ] send(
                CompletableFuture<Void> send(String x) { return null; }
                Runnable r = () -> send("a");
                """));
    }
}
