// Base of the partner API servlets: JSON responses and API-key checks.
package ignoredfutures.case36;

import java.io.IOException;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

public abstract class AbstractJsonServlet extends HttpServlet {

    protected final ObjectMapper json = new ObjectMapper();

    protected void writeJson(HttpServletResponse response, int status, Object body) throws IOException {
        response.setStatus(status);
        response.setContentType("application/json");
        json.writeValue(response.getOutputStream(), body);
    }

    protected boolean authorised(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String key = request.getHeader("X-Api-Key");
        if (key == null || !key.equals(getServletContext().getInitParameter("partnerApiKey"))) {
            writeJson(response, HttpServletResponse.SC_UNAUTHORIZED, Map.of("error", "invalid api key"));
            return false;
        }
        return true;
    }
}
