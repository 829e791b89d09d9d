package dev.backlint.flow.nullness;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Which methods' results the code of a file tests for null. */
class NullCheckedTest {

    @Test
    void readsTestsOfResultsAndOfTheVariablesThatHoldThem() {
        Set<String> names = new HashSet<>();
        NullChecked.KIND.collect("""
                class Checkout {
                    void pay(String id) {
                        if (repository.findOrder(id) == null) {
                            return;
                        }
                        Customer customer = (Customer) customers.lookup(id);
                        if (customer != null) {
                            customer.notify();
                        }
                        if (null == cache.peekRate(id)) {
                            return;
                        }
                        Optional.ofNullable(rates.latest(id)).ifPresent(this::use);
                        if (Objects.isNull(config.timeout())) {
                            return;
                        }
                        String label = labels.describe(id);
                        label.trim();
                        if (count == null) {
                            return;
                        }
                    }
                }
                """, names);

        assertEquals(Set.of("findOrder", "lookup", "peekRate", "latest", "timeout"), names);
    }
}
