// Early exits that leave only some paths: a return guarded by a compound condition, and a negated instanceof whose branch only logs. The line without an expectation reads a map of the program, which is not a source.
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

class InventoryImportHandler {

    private static final Logger log = LoggerFactory.getLogger(InventoryImportHandler.class);

    record UserPrincipal(String name, boolean admin) {
    }

    int importCounts(List<String> skus, Map<String, Integer> countsBySku, boolean strict) {
        int total = 0;
        for (String sku : skus) {
            Integer count = countsBySku.get(sku);
            if (strict) {
                if (count == null) {
                    continue;
                }
            }
            total += count;
        }
        return total;
    }

    String importedBy(HttpServletRequest request) {
        HttpSession session = request.getSession();
        Object principal = session.getAttribute("principal");
        if (!(principal instanceof UserPrincipal)) {
            log.warn("import started without a principal");
        }
        return ((UserPrincipal) principal).name();  // expect: null-dereference "getAttribute("
    }

    String batchLabel(HttpServletRequest request, boolean scheduled) {
        String label = request.getParameter("label");
        if (scheduled && label == null) {
            return "scheduled";
        }
        return label.trim();  // expect: null-dereference "getParameter("
    }
}
