// A check of one key followed by a put of another key in the same concurrent map or set: not a check-then-act on one entry.
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.stereotype.Service;

@Service
class UsernameAliasService {

    record Account(String id, String username) {
    }

    private final ConcurrentHashMap<String, Account> byUsername = new ConcurrentHashMap<>();
    private final Map<String, Instant> renamedAt = new ConcurrentHashMap<>();
    private final Set<String> retiredUsernames = ConcurrentHashMap.newKeySet();

    void recordRename(Account account, String previousUsername, String newUsername) {
        if (!byUsername.containsKey(previousUsername)) {
            byUsername.put(newUsername, account);
        }
    }

    void stampRename(String accountId, String username) {
        if (renamedAt.get(accountId) == null) {
            renamedAt.put(username, Instant.now());
        }
    }

    void retire(String oldUsername, String newUsername) {
        if (!retiredUsernames.contains(newUsername)) {
            retiredUsernames.add(oldUsername);
        }
    }

    void linkEarly(Account account, String canonical, String alias) {
        if (byUsername.containsKey(canonical)) {
            return;
        }
        byUsername.put(alias, account);
    }
}
