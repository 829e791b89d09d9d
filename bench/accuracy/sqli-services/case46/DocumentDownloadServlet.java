package eval2.case46;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Serves generated PDF statements and records every access for compliance. */
public class DocumentDownloadServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final Logger log = LoggerFactory.getLogger(DocumentDownloadServlet.class);

    private static final String INSERT_ACCESS_LOG =
            "INSERT INTO document_access_log (accessed_at, principal, request_uri, query_string, user_agent) "
            + "VALUES (CURRENT_TIMESTAMP, :principal, :uri, :query, :agent)";

    private final transient JdbcClient jdbcClient;
    private final Path storageRoot;

    public DocumentDownloadServlet(JdbcClient jdbcClient, Path storageRoot) {
        this.jdbcClient = jdbcClient;
        this.storageRoot = storageRoot;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String query = req.getQueryString();
        String uri = req.getRequestURI();
        String agent = req.getHeader("User-Agent");
        log.info("statement download {}?{} by {}", uri, query, req.getRemoteUser());

        jdbcClient.sql(INSERT_ACCESS_LOG).param("principal", req.getRemoteUser()).param("uri", uri).param("query", query).param("agent", agent).update(); // sink

        String docId = req.getParameter("doc");
        if (docId == null || !docId.matches("[A-Z0-9]{12}")) {
            resp.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        Path file = storageRoot.resolve(docId + ".pdf");
        if (!Files.isRegularFile(file)) {
            resp.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        resp.setContentType("application/pdf");
        try (InputStream in = Files.newInputStream(file); OutputStream out = resp.getOutputStream()) {
            in.transferTo(out);
        }
    }
}
