// Boxed numbers added with +: a counter read from a map declared with Integer values, and an Integer local taken from one, by keys a client sent. The addition unboxes, and a missing key throws.
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.web.bind.annotation.RequestParam;

class WordCounter {

    Map<String, Integer> count(@RequestParam List<String> words) {
        Map<String, Integer> counts = new HashMap<>();
        for (String word : words) {
            counts.put(word, counts.get(word) + 1);  // expect: null-dereference "counts.get(word)"
        }
        return counts;
    }

    long total(Map<String, Long> sizes, @RequestParam String key, long extra) {
        Long size = sizes.get(key);
        return size + extra;  // expect: null-dereference "sizes.get(key)"
    }
}
