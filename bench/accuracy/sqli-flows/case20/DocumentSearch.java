package eval5.case20;

import java.util.List;

public interface DocumentSearch {

    List<String> search(String text);
}
