// Request attributes read under a test of the same request's state: include attributes inside the branch that found the include's request URI, the error status inside an error dispatch, and a failure reason where a helper said the request was bad.
import jakarta.servlet.DispatcherType;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;

class StaticResourceServlet {

    static final String FAILED_REASON = "org.example.parameter_parse_failed_reason";
    static final String FAILED = "org.example.parameter_parse_failed";

    enum Reason { TOO_MANY, TOO_BIG }

    String relativePath(HttpServletRequest request) {
        String servletPath;
        if (request.getAttribute(RequestDispatcher.INCLUDE_REQUEST_URI) != null) {
            servletPath = (String) request.getAttribute(RequestDispatcher.INCLUDE_SERVLET_PATH);
        } else {
            servletPath = request.getServletPath();
        }
        return servletPath.isEmpty() ? "/" : servletPath;
    }

    int status(HttpServletRequest request) {
        boolean isError = DispatcherType.ERROR == request.getDispatcherType();
        if (isError) {
            return ((Integer) request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE)).intValue();
        }
        return 200;
    }

    int reject(HttpServletRequest request) {
        if (!isGoodRequest(request)) {
            Reason reason = (Reason) request.getAttribute(FAILED_REASON);
            return switch (reason) {
                case TOO_MANY -> 413;
                case TOO_BIG -> 400;
            };
        }
        return 0;
    }

    private static boolean isGoodRequest(HttpServletRequest request) {
        return request.getAttribute(FAILED) == null;
    }
}
