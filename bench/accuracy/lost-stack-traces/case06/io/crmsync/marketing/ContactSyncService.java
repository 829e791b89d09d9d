package io.crmsync.marketing;

import java.util.List;

import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;

@Service
public class ContactSyncService {

    private static final Logger logger = LogManager.getLogger(ContactSyncService.class);

    private final ContactSource contacts;
    private final MarketingPlatform platform;

    public ContactSyncService(ContactSource contacts, MarketingPlatform platform) {
        this.contacts = contacts;
        this.platform = platform;
    }

    @Scheduled(cron = "${marketing.sync-cron:0 */10 * * * *}")
    public void syncChangedContacts() {
        List<ContactSource.Contact> changed = contacts.changedSinceLastSync();
        int ok = 0;
        for (var contact : changed) {
            String contactId = contact.id();
            try {
                platform.upsertSubscriber(contact.email(), contact.firstName(), contact.consents());
                contacts.markSynced(contactId);
                ok++;
            } catch (MarketingPlatform.PlatformException ex) {
                logger.error("Contact sync for {} failed: {}", contactId, ex.getMessage(), ex);
            }
        }
        logger.info("Synced {}/{} contacts", ok, changed.size());
    }
}
