// Map.get results, looked up by what a client sent, used as a synchronized monitor and as the exception of a throw statement without a check.
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

class LedgerPostingService {

    static final class PostingException extends RuntimeException {
        PostingException(String message) {
            super(message);
        }
    }

    private final Map<Long, Object> accountLocks = new ConcurrentHashMap<>();
    private final Map<Integer, PostingException> rejectedRows = new ConcurrentHashMap<>();

    void post(@PathVariable long accountId, long amountCents, List<Long> journal) {
        synchronized (accountLocks.get(accountId)) {  // expect: null-dereference "accountLocks.get("
            journal.add(amountCents);
        }
    }

    void failOnFirstRejection(@RequestParam List<Integer> rows) {
        if (rows.isEmpty()) {
            return;
        }
        int first = rows.get(0);
        throw rejectedRows.get(first);  // expect: null-dereference "rejectedRows.get("
    }
}
