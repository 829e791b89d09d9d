package nulls.case48;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Optional;

import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

@WebServlet(urlPatterns = "/documents/*")
public class DocumentDownloadServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    public interface DocumentStore {
        Optional<StoredDocument> open(String documentId) throws IOException;
    }

    public record StoredDocument(String fileName, String contentType, InputStream content) {
    }

    private final transient DocumentStore store;

    public DocumentDownloadServlet(DocumentStore store) {
        this.store = store;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        String path = request.getPathInfo();
        if (path == null || path.equals("/")) {
            response.sendRedirect(request.getContextPath() + "/documents-index");
            return;
        }
        String documentId = path.substring(1);
        String disposition = request.getParameter("inline") != null ? "inline" : "attachment";

        Optional<StoredDocument> document = store.open(documentId);
        if (document.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        StoredDocument doc = document.get();
        response.setContentType(doc.contentType());
        response.setHeader("Content-Disposition", disposition + "; filename=\"" + doc.fileName() + "\"");
        try (InputStream in = doc.content(); OutputStream out = response.getOutputStream()) {
            in.transferTo(out);
        }
    }
}
