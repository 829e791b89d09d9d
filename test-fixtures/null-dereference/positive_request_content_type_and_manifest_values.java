// Values a request or a jar's manifest may not declare: the content type and character encoding of a request without them, and the implementation version of a package whose manifest lacks it.
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

class UploadServlet extends HttpServlet {

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws java.io.IOException {
        if (request.getContentType().startsWith("application/json")) {  // expect: null-dereference "getContentType()"
            response.getWriter().println(request.getCharacterEncoding().toLowerCase());  // expect: null-dereference "getCharacterEncoding()"
        }
    }

    String version() {
        return UploadServlet.class.getPackage().getImplementationVersion().trim();  // expect: null-dereference "getImplementationVersion()"
    }
}
