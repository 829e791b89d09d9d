// A user lookup service that only compares Strings against the null literal, on either side.
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Service;

record DirectoryEntry(String login, String email, String manager) {
}

@Service
public class DirectoryLookupService {

    private final Map<String, DirectoryEntry> entries = new ConcurrentHashMap<>();
    private String lastQuery;

    public String emailOf(String login) {
        if (login == null) {
            throw new IllegalArgumentException("login required");
        }
        DirectoryEntry entry = entries.get(login);
        if (null == entry || entry.email() == null) {
            return "unknown";
        }
        lastQuery = login;
        return entry.email();
    }

    public boolean hasManager(String login) {
        var entry = entries.get(login);
        return entry != null && null != entry.manager();
    }

    public boolean hasQueried() {
        return lastQuery != null;
    }
}
