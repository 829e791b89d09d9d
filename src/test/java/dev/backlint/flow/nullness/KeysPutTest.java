package dev.backlint.flow.nullness;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** Which literal keys a file's text stores values under. */
class KeysPutTest {

    @Test
    void readsTheKeysOfCallsThatStore() {
        Set<String> keys = new TreeSet<>();
        KeysPut.KIND.collect("""
                class Query {
                    void build(Query query, Map<String, Object> model, HttpServletRequest request) {
                        query.addParameter("start", start);
                        model.put ("count", 10);
                        request.setAttribute("user.id", id);
                        builder.with("a\\"b", 1);
                        log.info("not a key", value);
                        query.setup("not stored");
                        settings.put("only");
                        uploader.addAll("x", "y");
                    }
                }
                """, keys);

        assertEquals(new TreeSet<>(Set.of("start", "count", "user.id", "a\\\"b", "x")), keys);
    }
}
