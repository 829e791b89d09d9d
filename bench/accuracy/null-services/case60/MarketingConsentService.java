package nulls.case60;

import java.time.Clock;
import java.time.LocalDate;

import org.springframework.stereotype.Service;

@Service
public class MarketingConsentService {

    private final ConsentStore consentStore;
    private final Clock clock;

    public MarketingConsentService(ConsentStore consentStore, Clock clock) {
        this.consentStore = consentStore;
        this.clock = clock;
    }

    public boolean mayEmail(long userId) {
        ConsentStore.ConsentRecord record = consentStore.latest(userId);
        if (record == null || record.isExpired(LocalDate.now(clock))) {
            return false;
        }
        return record.marketing();
    }
}
