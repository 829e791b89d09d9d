package eval5.case19;

import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;

/** Small convenience view over the query parameters of one request. */
public final class RequestParams {

    private final HttpServletRequest request;

    public RequestParams(HttpServletRequest request) {
        this.request = request;
    }

    public String get(String name) {
        String value = request.getParameter(name);
        if (value == null) {
            return null;
        }
        String trimmed = value.trim();
        return trimmed.isEmpty() ? null : trimmed;
    }

    public int getInt(String name, int fallback) {
        return Optional.ofNullable(get(name)).map(Integer::parseInt).orElse(fallback);
    }
}
