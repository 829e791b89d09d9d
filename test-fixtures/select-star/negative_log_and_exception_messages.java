// Log and exception messages that read like "select * from" but are text for people, not SQL.
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

class BulkSelectionService {

    private static final Logger log = LoggerFactory.getLogger(BulkSelectionService.class);

    int applyToSelection(String folderId, String action, List<Long> itemIds) {
        if (itemIds.isEmpty()) {
            log.debug("Rejected {}: please select * from the list below first", action);
            throw new IllegalArgumentException("Please select * from the list below, or pick individual rows");
        }
        log.info("bulk {}: select * items in folder {} ({} rows)", action, folderId, itemIds.size());
        return itemIds.size();
    }

    void requireSelection(boolean anySelected) {
        if (!anySelected) {
            throw new IllegalStateException("Nothing selected. Please select * from the list below");
        }
    }
}
