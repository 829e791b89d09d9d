// A static lookup that returns null on some path, keyed by a query parameter, is reported; keyed by a value of a plain object the program filled, it is not.
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
        return operator.symbol();
    }

    String operatorOf(HttpServletRequest request) {
        String value = request.getParameter("q") == null ? "" : request.getParameter("q");
        return SearchOperator.forQuery(value).name();  // expect: null-dereference "forQuery("
    }
}
