// Nullable values dereferenced only behind a check in the same expression: `x != null && x.foo()`, `x == null || x.foo()`, and both ternary orders.
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

class PaginationParams {

    record Page(int number, int size, String sort) {
    }

    private final Map<String, Integer> maxPageSizeByClient;

    PaginationParams(Map<String, Integer> maxPageSizeByClient) {
        this.maxPageSizeByClient = maxPageSizeByClient;
    }

    Page from(HttpServletRequest request) {
        String page = request.getParameter("page");
        String size = request.getParameter("size");
        String sort = request.getParameter("sort");
        int number = page != null && !page.isBlank() ? Integer.parseInt(page.trim()) : 0;
        int requested = size == null || size.isBlank() ? 20 : Integer.parseInt(size.trim());
        String order = sort == null ? "id" : sort.toLowerCase();
        return new Page(number, Math.min(requested, maxFor(request.getHeader("X-Client"))), order);
    }

    private int maxFor(String client) {
        Integer max = client != null ? maxPageSizeByClient.get(client.toLowerCase()) : null;
        return max != null ? max : 100;
    }
}
