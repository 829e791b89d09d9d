// The same static lookup keyed by a value from a plain object that a caller filled, and by a query parameter: nothing says the value names a constant that exists.
import jakarta.servlet.http.HttpServletRequest;

enum SearchOperator {
    EQUALS("="), CONTAINS("~");

    private final String symbol;

    SearchOperator(String symbol) {
        this.symbol = symbol;
    }

    String symbol() {
        return symbol;
    }

    static SearchOperator forQuery(String value) {
        for (SearchOperator operator : values()) {
            if (value.startsWith(operator.symbol)) {
                return operator;
            }
        }
        return null;
    }
}

class SearchFilter {
    private final String value;

    SearchFilter(String value) {
        this.value = value;
    }

    String getValue() {
        return value;
    }
}

class SearchFilterConverter {

    String operatorOf(SearchFilter filter) {
        SearchOperator operator = SearchOperator.forQuery(filter.getValue());
        return operator.symbol();  // expect: null-dereference "forQuery("
    }

    String operatorOf(HttpServletRequest request) {
        String value = request.getParameter("q") == null ? "" : request.getParameter("q");
        return SearchOperator.forQuery(value).name();  // expect: null-dereference "forQuery("
    }
}
