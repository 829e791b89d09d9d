// Non-SQL strings with a star: UI hints, CORS "*", Accept "*/*", file globs and "SELECT_*" cache-key patterns.
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

class BulkEditServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws ServletException, IOException {
        resp.setHeader("Access-Control-Allow-Origin", "*");
        req.setAttribute("selectionHint", "Select * to mark all");
        req.setAttribute("wildcard", "*");
        req.getRequestDispatcher("/WEB-INF/views/bulk-edit.jsp").forward(req, resp);
    }
}

class ReportFileService {

    private static final String QUERY_CACHE_PREFIX = "SELECT_*";

    private final Map<String, Object> queryCache = new ConcurrentHashMap<>();
    private final PathMatcher sourceFiles = FileSystems.getDefault().getPathMatcher("glob:**/*.java");

    List<Path> csvReports(Path dir) throws IOException {
        List<Path> found = new ArrayList<>();
        try (DirectoryStream<Path> stream = Files.newDirectoryStream(dir, "*.csv")) {
            stream.forEach(found::add);
        }
        return found;
    }

    boolean isSource(Path file) {
        return sourceFiles.matches(file);
    }

    void evictQueryResults() {
        String prefix = QUERY_CACHE_PREFIX.substring(0, QUERY_CACHE_PREFIX.length() - 1);
        queryCache.keySet().removeIf(key -> key.startsWith(prefix));
    }

    String acceptHeader() {
        return "application/json, */*;q=0.1";
    }
}
