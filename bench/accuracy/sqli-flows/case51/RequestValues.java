package eval5.case51;

import javax.servlet.http.HttpServletRequest;

public final class RequestValues {

    private final HttpServletRequest request;

    public RequestValues(HttpServletRequest request) {
        this.request = request;
    }

    public String text(String name) {
        String value = request.getParameter(name);
        return value == null ? "" : value.trim();
    }

    public long number(String name, long fallback) {
        String value = text(name);
        if (value.isEmpty()) {
            return fallback;
        }
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            return fallback;
        }
    }
}
