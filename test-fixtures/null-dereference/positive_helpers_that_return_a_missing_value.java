// A helper that returns, unchecked, a request parameter, a header or an environment variable hands its caller the same null: the caller's dereference is reported.
import jakarta.servlet.http.HttpServletRequest;

class RequestValues {

    static String env(String name) {
        return System.getenv(name);
    }

    String parameter(HttpServletRequest request, String name) {
        String value = request.getParameter(name);
        return value;
    }

    String requiredParameter(HttpServletRequest request, String name) {
        String value = request.getParameter(name);
        if (value == null) {
            throw new IllegalArgumentException("missing " + name);
        }
        return value;
    }

    String sortOrder(HttpServletRequest request) {
        return parameter(request, "sort").toUpperCase();  // expect: null-dereference "parameter(request"
    }

    int port() {
        return Integer.parseInt(env("PORT").trim());  // expect: null-dereference "env"
    }

    String pageSize(HttpServletRequest request) {
        return requiredParameter(request, "size").trim();
    }
}
