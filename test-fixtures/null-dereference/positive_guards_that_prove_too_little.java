// Guards that prove less than the dereference needs: a path that exists may be a file, not a directory; a helper tests another map than the one read; a ternary tests another key; a header checked is not the header read; a lookup asked to allow a missing entry; a missing key that is only logged; a lookup checked before its argument changed; a handler that throws the failure on; a lookup read through a helper with no check of the note it reads.
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
            return this.owners.get(id).trim();  // expect: null-dereference "this.owners.get(id)"
        }
        return "";
    }

    String region(Map<String, String> headers) {
        String region = headers.containsKey("x-zone") ? headers.get("x-region") : "eu";
        return region.trim();  // expect: null-dereference "headers.get("
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
        return labelOf(id, true).length();  // expect: null-dereference "labelOf("
    }

    String ownerOrLog(String id) {
        if (!this.owners.containsKey(id)) {
            System.out.println("no owner for " + id);
        }
        return this.owners.get(id).trim();  // expect: null-dereference "this.owners.get(id)"
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
            return describe(name).trim();  // expect: null-dereference "describe(name)"
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
            return readNote(session, "ctx").length();  // expect: null-dereference "readNote("
        }
        return 0;
    }
}
