// Base class of the legacy servlet endpoints: JSON output through a shared ObjectMapper and
// a uniform error body.
package checkthenact.case24;

import java.io.IOException;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletResponse;

public abstract class AbstractJsonServlet extends HttpServlet {

    protected static final ObjectMapper JSON = new ObjectMapper().findAndRegisterModules();

    protected void writeJson(HttpServletResponse response, Object body) throws IOException {
        response.setContentType("application/json");
        response.setCharacterEncoding("UTF-8");
        JSON.writeValue(response.getOutputStream(), body);
    }

    protected void writeError(HttpServletResponse response, int status, String message) throws IOException {
        response.setStatus(status);
        writeJson(response, java.util.Map.of("error", message));
    }
}
