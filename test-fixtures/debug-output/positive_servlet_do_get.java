// A health-probe servlet that prints every probe to standard output while writing its answer to the response writer.
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

@WebServlet("/internal/probe")
class HealthProbeServlet extends HttpServlet {

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        System.out.println("Probe from " + req.getRemoteAddr() + " agent=" + req.getHeader("User-Agent")); // expect: debug-output "System.out"
        resp.setContentType("text/plain");
        resp.getWriter().println("OK");
    }
}
