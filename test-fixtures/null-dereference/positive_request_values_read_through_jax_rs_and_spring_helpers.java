// Request values read through JAX-RS and Spring's helpers, each null when the client did not send them: a header string, a query parameter's first value, an uploaded part, a cookie, a session attribute, a parameter.
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.Part;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.UriInfo;
import org.springframework.web.bind.ServletRequestUtils;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.multipart.MultipartHttpServletRequest;
import org.springframework.web.util.WebUtils;

class RequestValues {

    String tenant(HttpHeaders headers) {
        return headers.getHeaderString("X-Tenant").trim();  // expect: null-dereference "getHeaderString("
    }

    String correlation(ContainerRequestContext context) {
        String id = context.getHeaderString("X-Correlation-Id");
        return id.toLowerCase();  // expect: null-dereference "getHeaderString("
    }

    int page(UriInfo uri) {
        MultivaluedMap<String, String> query = uri.getQueryParameters();
        return Integer.parseInt(query.getFirst("page").trim());  // expect: null-dereference "getFirst("
    }

    long uploadSize(MultipartHttpServletRequest request) {
        MultipartFile file = request.getFile("document");
        return file.getSize();  // expect: null-dereference "getFile("
    }

    String partName(HttpServletRequest request) throws Exception {
        Part part = request.getPart("avatar");
        return part.getSubmittedFileName();  // expect: null-dereference "getPart("
    }

    String theme(HttpServletRequest request) {
        Cookie cookie = WebUtils.getCookie(request, "theme");
        return cookie.getValue();  // expect: null-dereference "WebUtils.getCookie("
    }

    String cart(HttpServletRequest request) {
        Object cart = WebUtils.getSessionAttribute(request, "cart");
        return cart.toString();  // expect: null-dereference "WebUtils.getSessionAttribute("
    }

    int size(HttpServletRequest request) throws Exception {
        Integer size = ServletRequestUtils.getIntParameter(request, "size");
        return size * 2;  // expect: null-dereference "getIntParameter("
    }
}
