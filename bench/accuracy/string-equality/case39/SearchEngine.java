package streq.case39;

import java.util.List;

public interface SearchEngine {

    List<String> search(String query, int limit);
}
