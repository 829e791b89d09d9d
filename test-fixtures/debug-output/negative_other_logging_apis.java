// A warehouse sync job that reports through Log4j 2 and System.Logger rather than System.out.
import org.apache.logging.log4j.Level;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

@Component
class WarehouseSyncJob {

    private static final Logger log = LogManager.getLogger(WarehouseSyncJob.class);
    private static final System.Logger platformLog = System.getLogger(WarehouseSyncJob.class.getName());

    private int lastSynced;

    @Scheduled(fixedDelay = 300_000)
    void sync() {
        try {
            lastSynced = pullStockLevels();
            log.info("Synced {} stock levels", lastSynced);
            platformLog.log(System.Logger.Level.DEBUG, "sync finished");
        } catch (IllegalStateException e) {
            log.error("Warehouse sync failed", e);
            log.printf(Level.WARN, "Keeping %d previous stock levels", lastSynced);
            platformLog.log(System.Logger.Level.ERROR, "Warehouse sync failed", e);
        }
    }

    private int pullStockLevels() {
        return 42;
    }
}
