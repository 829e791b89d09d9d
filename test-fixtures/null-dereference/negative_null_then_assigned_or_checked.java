// Locals that start out null but hold a value, or are checked, wherever they are dereferenced: a default filled in when null, a value set on every branch, a loop that remembers the previous element (tested, or read only after the first pass has set it), and a check after the branch.
import java.util.List;

class ReportHeader {

    String title(String requested) {
        if (requested == null) {
            requested = "Monthly report";
        }
        return requested.trim();
    }

    String owner(boolean shared, String user) {
        String owner = null;
        if (shared) {
            owner = "team";
        } else {
            owner = user == null ? "nobody" : user;
        }
        return owner.toUpperCase();
    }

    int changes(List<String> lines) {
        String previous = null;
        int count = 0;
        for (String line : lines) {
            if (previous != null && !previous.equals(line)) {
                count++;
            }
            previous = line;
        }
        return count;
    }

    int widest(List<String> columns) {
        String last = null;
        int width = 0;
        for (int i = 0; i < columns.size(); i++) {
            if (i > 0) {
                width = Math.max(width, last.length());
            }
            last = columns.get(i);
        }
        return width;
    }

    int length(String note) {
        if (note == null || note.isEmpty()) {
            return 0;
        }
        return note.length();
    }
}
