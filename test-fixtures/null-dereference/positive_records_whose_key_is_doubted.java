// A record read from another object whose very key the body tests for absence elsewhere, and a counter put back under a test of the unboxed count, not of the map's entry: each read may find nothing.
import java.util.HashMap;
import java.util.List;
import java.util.Map;

class SubmissionReader {

    interface Submission {
        Map<String, String> getFields();
    }

    String title(Submission submission) {
        Map<String, String> fields = submission.getFields();
        if (fields.get("title") == null) {
            System.out.println("untitled submission");
        }
        return fields.get("title").trim();  // expect: null-dereference "fields.get("
    }

    Map<String, Integer> counts(List<String> words) {
        Map<String, Integer> counts = new HashMap<>();
        for (String word : words) {
            int seen = counts.get(word);  // expect: null-dereference "counts.get(word)"
            if (seen >= 0) {
                counts.put(word, seen + 1);
            }
        }
        return counts;
    }
}
