// Conditions written the wrong way round: `!= null ||` instead of `== null ||`, a ternary whose null branch dereferences, and `== null &&`.
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

class SearchQueryParser {

    boolean wantsDefaultSort(HttpServletRequest request) {
        String sort = request.getParameter("sort");
        return sort != null || sort.isEmpty();  // expect: null-dereference "getParameter("
    }

    int pageSize(HttpServletRequest request) {
        String size = request.getHeader("X-Page-Size");
        return size == null ? size.length() : Integer.parseInt(size);  // expect: null-dereference "getHeader("
    }

    boolean hasFacet(Map<String, String> facets, String name) {
        String facet = facets.get(name);
        return facet == null && facet.isBlank();  // expect: null-dereference "compared with null"
    }
}
