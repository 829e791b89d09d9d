// Nullable locals overwritten with a non-null value before the dereference: a default assigned when null, a reassignment on every branch, and a ternary replacing null (also on a var local).
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

class ReportFilterBuilder {

    private final Map<String, List<String>> columnsByReport = new HashMap<>();

    String timezone(HttpServletRequest request) {
        String zone = request.getHeader("X-Timezone");
        if (zone == null) {
            zone = "UTC";
        }
        return zone.toUpperCase();
    }

    String region(boolean europe) {
        String region = System.getenv("REPORT_REGION");
        if (europe) {
            region = "eu-west-1";
        } else {
            region = "us-east-1";
        }
        return region.trim();
    }

    int columnCount(String report) {
        List<String> columns = columnsByReport.get(report);
        columns = columns == null ? List.of("id", "created_at") : columns;
        return columns.size();
    }

    String ownerOrSystem(HttpServletRequest request) {
        var owner = request.getParameter("owner");
        owner = owner != null ? owner : "system";
        return owner.toLowerCase();
    }
}
