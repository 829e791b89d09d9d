// The same helpers asked for a default, or checked first: a header tested for null, a parameter with a fallback, a cookie and an upload tested before use, an attribute read from a session required by the method, a query parameter whose key was tested with containsKey.
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.core.HttpHeaders;
import org.springframework.web.bind.ServletRequestUtils;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.multipart.MultipartHttpServletRequest;
import org.springframework.web.util.WebUtils;

class CheckedRequestValues {

    String tenant(HttpHeaders headers) {
        String tenant = headers.getHeaderString("X-Tenant");
        return tenant == null ? "default" : tenant.trim();
    }

    int size(HttpServletRequest request) {
        return ServletRequestUtils.getIntParameter(request, "size", 20) * 2;
    }

    String theme(HttpServletRequest request) {
        Cookie cookie = WebUtils.getCookie(request, "theme");
        if (cookie == null) {
            return "light";
        }
        return cookie.getValue();
    }

    long uploadSize(MultipartHttpServletRequest request) {
        MultipartFile file = request.getFile("document");
        return file != null ? file.getSize() : 0L;
    }

    String cart(HttpServletRequest request) {
        return WebUtils.getRequiredSessionAttribute(request, "cart").toString();
    }

    int page(jakarta.ws.rs.core.UriInfo uri) {
        jakarta.ws.rs.core.MultivaluedMap<String, String> query = uri.getQueryParameters();
        if (!query.containsKey("page")) {
            throw new IllegalArgumentException("page is required");
        }
        return Integer.parseInt(query.getFirst("page").trim());
    }
}
