// A stream of a collection tested not empty finds an element: findFirst, max and min after an isEmpty() or size() test, through map and sorted.
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

class RecordPicker {

    record Candidate(String id, int score) {
    }

    Candidate first(Collection<Candidate> records) {
        if (records.size() == 0) {
            return null;
        }
        return records.stream().findFirst().get();
    }

    int best(List<Candidate> candidates) {
        if (candidates.isEmpty()) {
            throw new IllegalArgumentException("no candidates");
        }
        return candidates.stream().mapToInt(Candidate::score).max().getAsInt();
    }

    String lowestId(List<Candidate> candidates) {
        if (!candidates.isEmpty()) {
            return candidates.stream().sorted(Comparator.comparing(Candidate::id)).map(Candidate::id).findFirst().get();
        }
        return "";
    }
}
