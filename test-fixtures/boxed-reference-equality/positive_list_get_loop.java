// A ledger batch importer that compares List<Long>/List<Integer> elements from get(i) and enhanced-for variables with ==.
import java.util.List;
import org.springframework.stereotype.Service;

@Service
class LedgerBatchImporter {

    public boolean hasAdjacentDuplicates(List<Long> accountIds) {
        for (int i = 1; i < accountIds.size(); i++) {
            if (accountIds.get(i) == accountIds.get(i - 1)) { // expect: boxed-reference-equality "`accountIds.get(i)`"
                return true;
            }
        }
        return false;
    }

    public int indexOfLine(List<Integer> lineNumbers, Integer wanted) {
        for (int i = 0; i < lineNumbers.size(); i++) {
            if (lineNumbers.get(i) == wanted) { // expect: boxed-reference-equality "`lineNumbers.get(i)`"
                return i;
            }
        }
        return -1;
    }

    public boolean alreadyImported(List<Long> importedIds, Long id) {
        for (Long candidate : importedIds) {
            if (candidate == id) { // expect: boxed-reference-equality "`candidate`"
                return true;
            }
        }
        return false;
    }

    public boolean startsAtFirstLine(List<Integer> lineNumbers) {
        return !lineNumbers.isEmpty() && lineNumbers.get(0) == 1;
    }
}
