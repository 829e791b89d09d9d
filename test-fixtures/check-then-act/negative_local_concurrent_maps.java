// Concurrent maps and sets that are locals of one call (de-duplication while building a response, a parameter passed in): nothing is shared between requests, so a check then put is not a race on shared state.
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

import org.springframework.stereotype.Service;

@Service
class SearchResultAssembler {

    record Hit(String documentId, String title, double score) {
    }

    List<Hit> deduplicate(List<Hit> hits) {
        var best = new ConcurrentHashMap<String, Hit>();
        for (var hit : hits) {
            if (!best.containsKey(hit.documentId())) {
                best.put(hit.documentId(), hit);
            }
        }
        return List.copyOf(best.values());
    }

    List<String> titles(List<Hit> hits) {
        Set<String> seen = ConcurrentHashMap.newKeySet();
        return hits.stream()
                .map(Hit::title)
                .filter(title -> {
                    if (seen.contains(title)) {
                        return false;
                    }
                    seen.add(title);
                    return true;
                })
                .toList();
    }

    Map<String, Double> scores(List<Hit> hits) {
        ConcurrentMap<String, Double> scores = new ConcurrentHashMap<>();
        hits.forEach(hit -> {
            Double score = scores.get(hit.documentId());
            if (score == null) {
                scores.put(hit.documentId(), hit.score());
            }
        });
        return scores;
    }
}
