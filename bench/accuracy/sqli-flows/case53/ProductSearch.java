package eval5.case53;

import java.util.List;

public interface ProductSearch {

    List<String> namesMatching(String text, int limit);
}
