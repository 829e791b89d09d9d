// A value that may be null handed to a helper only after a check, or to a helper that checks it, that may be overridden, that dereferences it only on some paths, or that takes it inside a varargs array.
import jakarta.servlet.http.HttpServletRequest;

class FilterController {

    private String normalize(String term) {
        return term.trim().toLowerCase();
    }

    private String orEmpty(String term) {
        if (term == null) {
            return "";
        }
        return term.trim();
    }

    protected String display(String term) {
        return term.trim();
    }

    private String maybeTrim(String term, boolean trim) {
        if (trim) {
            return term.trim();
        }
        return "";
    }

    private void requireKnown(String... terms) {
        for (String term : terms) {
            if (term != null && term.isBlank()) {
                throw new IllegalArgumentException("blank term");
            }
        }
    }

    String checked(HttpServletRequest request) {
        requireKnown(request.getParameter("q"));
        String query = request.getParameter("q");
        if (query == null) {
            return "";
        }
        return normalize(query);
    }

    String guarded(HttpServletRequest request) {
        String sort = request.getParameter("sort");
        return sort != null ? normalize(sort) : "id";
    }

    String coping(HttpServletRequest request) {
        return orEmpty(request.getParameter("filter")) + display(request.getParameter("label"))
                + maybeTrim(request.getParameter("note"), false);
    }
}
