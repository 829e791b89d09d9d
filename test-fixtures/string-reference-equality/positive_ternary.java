// A subscription service that compares ternary results (stored in a local or used inline) with ==.
import org.springframework.stereotype.Service;

record SubscriptionAccount(String id, String tier, boolean trial) {
}

@Service
public class SubscriptionTierService {

    private final String defaultTier = "STANDARD";

    public boolean matchesPurchasedTier(SubscriptionAccount account, boolean premium) {
        String expected = premium ? "GOLD" : "SILVER";
        return expected == account.tier(); // expect: string-reference-equality "`expected`"
    }

    public boolean hasBaseTier(SubscriptionAccount account) {
        return account.tier() == (account.trial() ? "TRIAL" : defaultTier); // expect: string-reference-equality "`account.tier()`"
    }

    public boolean differsFromOverride(SubscriptionAccount account, String override) {
        var effective = override != null ? override : defaultTier;
        return account.tier() != effective; // expect: string-reference-equality "`account.tier()`"
    }
}
