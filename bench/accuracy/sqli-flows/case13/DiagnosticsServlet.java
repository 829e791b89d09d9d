package eval5.case13;

import java.io.IOException;
import java.io.PrintWriter;
import java.sql.SQLException;
import java.util.Enumeration;

import javax.annotation.Resource;
import javax.servlet.ServletException;
import javax.servlet.annotation.WebServlet;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

@WebServlet("/internal/diagnostics")
public class DiagnosticsServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final Logger log = LoggerFactory.getLogger(DiagnosticsServlet.class);

    @Resource(name = "jdbc/main")
    private DataSource dataSource;

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws ServletException, IOException {
        resp.setContentType("text/plain;charset=UTF-8");
        PrintWriter out = resp.getWriter();

        out.println("== request headers");
        Enumeration<String> names = req.getHeaderNames();
        while (names.hasMoreElements()) {
            String name = names.nextElement();
            log.debug("diagnostics header {}", name);
            out.println(name + ": " + req.getHeader(name));
        }

        out.println("== database");
        try {
            DatabaseProbe.Status status = new DatabaseProbe(dataSource).probe();
            out.println("version: " + status.version());
            out.println("open sessions: " + status.sessions());
        } catch (SQLException e) {
            log.warn("database probe failed", e);
            out.println("unreachable: " + e.getMessage());
        }
    }
}
