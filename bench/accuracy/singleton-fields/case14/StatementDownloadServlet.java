// Account statement downloads: export folder, range limit and content disposition come
// from the servlet's init parameters; each request streams one PDF.
package singletons.case14;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;

import jakarta.servlet.ServletConfig;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebInitParam;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

@WebServlet(urlPatterns = "/statements/*", initParams = {
        @WebInitParam(name = "exportRoot", value = "/var/lib/statements"),
        @WebInitParam(name = "maxRangeDays", value = "366")
})
public class StatementDownloadServlet extends HttpServlet {

    private Path exportRoot;
    private int maxRangeDays;
    private String dispositionTemplate;

    @Override
    public void init(ServletConfig config) throws ServletException {
        super.init(config);
        exportRoot = Path.of(config.getInitParameter("exportRoot")).toAbsolutePath().normalize();
        maxRangeDays = Integer.parseInt(config.getInitParameter("maxRangeDays"));
        configureDisposition(config);
    }

    private void configureDisposition(ServletConfig config) {
        boolean inline = Boolean.parseBoolean(config.getInitParameter("inline"));
        dispositionTemplate = (inline ? "inline" : "attachment") + "; filename=\"statement-%s-%s.pdf\"";
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String account = req.getPathInfo() == null ? "" : req.getPathInfo().substring(1);
        LocalDate from;
        LocalDate to;
        try {
            from = LocalDate.parse(req.getParameter("from"));
            to = LocalDate.parse(req.getParameter("to"));
        } catch (DateTimeParseException | NullPointerException e) {
            resp.sendError(HttpServletResponse.SC_BAD_REQUEST, "from and to are ISO dates");
            return;
        }
        long days = ChronoUnit.DAYS.between(from, to);
        if (!account.matches("[A-Z0-9]{8,20}") || days < 0 || days > maxRangeDays) {
            resp.sendError(HttpServletResponse.SC_BAD_REQUEST);
            return;
        }
        Path file = exportRoot.resolve(account).resolve(from + "_" + to + ".pdf").normalize();
        if (!file.startsWith(exportRoot) || !Files.isRegularFile(file)) {
            resp.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        resp.setContentType("application/pdf");
        resp.setHeader("Content-Disposition", dispositionTemplate.formatted(from, to));
        resp.setContentLengthLong(Files.size(file));
        Files.copy(file, resp.getOutputStream());
    }
}
