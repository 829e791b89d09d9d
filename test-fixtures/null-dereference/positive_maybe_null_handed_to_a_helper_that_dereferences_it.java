// A value that may be null, handed without a check to a helper of the same class that dereferences its parameter on entry: the helper throws.
import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;

class SearchController {

    private String normalize(String term) {
        return term.trim().toLowerCase();
    }

    private static int pageNumber(String raw) {
        return Integer.parseInt(raw.strip());
    }

    String search(HttpServletRequest request) {
        String query = request.getParameter("q");
        return normalize(query);  // expect: null-dereference "query"
    }

    int page(HttpServletRequest request) {
        return pageNumber(request.getHeader("X-Page"));  // expect: null-dereference "getHeader"
    }

    String region(Map<String, String> labels, String key) {
        String label = labels.get(key);
        if (label == null) {
            System.out.println("no label for " + key);
        }
        return normalize(label);
    }
}
