package streq.case30;

import java.util.List;

public interface SearchEngine {

    List<String> search(String query, int limit);
}
