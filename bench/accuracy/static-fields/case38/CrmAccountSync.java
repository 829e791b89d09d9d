// Nightly sync of customer accounts from the CRM, remembering when the last sync finished.
package staticfields.case38;

import java.util.Date;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

@Component
public class CrmAccountSync {

    private static final Logger log = LoggerFactory.getLogger(CrmAccountSync.class);
    private static final String JOB_NAME = "crm-account-sync";
    private static final Date LAST_SYNC_FINISHED = new Date(0L); // static

    private final CrmGateway crm;
    private final AccountStore accounts;

    public CrmAccountSync(CrmGateway crm, AccountStore accounts) {
        this.crm = crm;
        this.accounts = accounts;
    }

    @Scheduled(cron = "0 0 2 * * *")
    public void sync() {
        var since = new Date(LAST_SYNC_FINISHED.getTime());
        var changed = crm.accountsChangedSince(since);
        changed.forEach(accounts::upsert);
        LAST_SYNC_FINISHED.setTime(System.currentTimeMillis());
        log.info("{}: {} accounts changed since {}", JOB_NAME, changed.size(), since);
    }

    public static Date lastSyncFinished() {
        return (Date) LAST_SYNC_FINISHED.clone();
    }
}
