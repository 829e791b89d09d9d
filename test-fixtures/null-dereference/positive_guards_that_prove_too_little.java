// Guards that prove less than the dereference needs: a path that exists may be a file, not a directory; a header checked is not the header read; a parameter checked before it was read again. Lines without an expectation read maps and lookups of the program, which are not sources.
import jakarta.servlet.http.HttpServletRequest;
import java.io.File;
import java.util.HashMap;
import java.util.Map;

class ExportCleaner {

    private final Map<String, String> labels = new HashMap<>();
    private final Map<String, String> owners = new HashMap<>();

    boolean labelled(String id) {
        return this.labels.containsKey(id);
    }

    int entries(File path) {
        if (path.exists()) {
            return path.listFiles().length;  // expect: null-dereference "path.listFiles()"
        }
        return 0;
    }

    String owner(String id) {
        if (labelled(id)) {
            return this.owners.get(id).trim();
        }
        return "";
    }

    String region(Map<String, String> headers) {
        String region = headers.containsKey("x-zone") ? headers.get("x-region") : "eu";
        return region.trim();
    }

    String clientAddress(HttpServletRequest request) {
        if (request.getHeader("X-Real-IP") != null) {
            return request.getHeader("X-Forwarded-For").trim();  // expect: null-dereference "getHeader("
        }
        return request.getRemoteAddr();
    }

    String labelOf(String id, boolean missingOk) {
        if (missingOk) {
            return null;
        }
        return this.labels.getOrDefault(id, id);
    }

    int labelLength(String id) {
        return labelOf(id, true).length();
    }

    String ownerOrLog(String id) {
        if (!this.owners.containsKey(id)) {
            System.out.println("no owner for " + id);
        }
        return this.owners.get(id).trim();
    }

    String describe(String id) {
        if (id.startsWith("tmp-")) {
            return null;
        }
        return id.trim();
    }

    String renamed(String id) {
        String name = id;
        if (describe(name) != null) {
            name = name + "-copy";
            return describe(name).trim();
        }
        return "";
    }

    int pageSize(HttpServletRequest request) {
        String size = request.getParameter("size");
        try {
            return Integer.parseInt(size.trim());  // expect: null-dereference "getParameter("
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("bad page size", e);
        }
    }

    interface Session {
        String note(String key);
    }

    static String readNote(Session session, String key) {
        String note = session.note(key);
        if (note == null) {
            return null;
        }
        return note.trim();
    }

    int noteLength(Session session) {
        if (session.note("other") != null) {
            return readNote(session, "ctx").length();
        }
        return 0;
    }
}
