// The content type, the encoding and a manifest's version tested before use, or passed where null is taken.
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Objects;

class FormServlet extends HttpServlet {

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws java.io.IOException {
        String type = request.getContentType();
        if (type != null && type.startsWith("application/x-www-form-urlencoded")) {
            String encoding = Objects.toString(request.getCharacterEncoding(), "UTF-8");
            response.getWriter().println(encoding.toLowerCase());
        }
    }

    String version() {
        String version = FormServlet.class.getPackage().getImplementationVersion();
        return version == null ? "dev" : version.trim();
    }
}
