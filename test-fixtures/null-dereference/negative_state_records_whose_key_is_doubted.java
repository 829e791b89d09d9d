// A record read from another object whose key the body tests for absence elsewhere, and a counter put back under a test of its count: map and key both come from the program, and the reads are not reported.
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
        return fields.get("title").trim();
    }

    Map<String, Integer> counts(List<String> words) {
        Map<String, Integer> counts = new HashMap<>();
        for (String word : words) {
            int seen = counts.get(word);
            if (seen >= 0) {
                counts.put(word, seen + 1);
            }
        }
        return counts;
    }
}
