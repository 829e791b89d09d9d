// Base of the JSON servlets of the self-service portal: one ObjectMapper created at init
// and a helper to write a JSON body with a status.
package singletons.case37;

import java.io.IOException;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletResponse;

public abstract class AbstractJsonServlet extends HttpServlet {

    protected transient ObjectMapper mapper;

    @Override
    public void init() throws ServletException {
        mapper = new ObjectMapper().findAndRegisterModules().disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
    }

    protected void writeJson(HttpServletResponse resp, int status, Object body) throws IOException {
        resp.setStatus(status);
        resp.setContentType("application/json");
        mapper.writeValue(resp.getOutputStream(), body);
    }
}
