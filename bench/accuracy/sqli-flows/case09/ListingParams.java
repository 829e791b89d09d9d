package eval5.case09;

import javax.servlet.http.HttpServletRequest;

/** What a listing page asked for, plus the ordering the page is rendered with. */
public final class ListingParams {

    private final HttpServletRequest request;
    private final String orderBy;

    public ListingParams(HttpServletRequest request, String orderBy) {
        this.request = request;
        this.orderBy = orderBy;
    }

    public String search() {
        String q = request.getParameter("q");
        return q == null ? "" : q.strip();
    }

    public String orderBy() {
        return orderBy;
    }
}
