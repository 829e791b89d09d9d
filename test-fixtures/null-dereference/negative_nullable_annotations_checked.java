// @Nullable (Spring) and @CheckForNull (declared in positive_check_for_null_annotation.java) parameters, fields and methods checked before use, and parameters without any annotation dereferenced freely.
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;

import org.springframework.lang.Nullable;

class SubscriptionRenewalService {

    @Nullable
    private Instant pausedUntil;

    private final Clock clock;

    SubscriptionRenewalService(Clock clock) {
        this.clock = clock;
    }

    boolean isPaused() {
        Instant until = this.pausedUntil;
        return until != null && until.isAfter(clock.instant());
    }

    String planLabel(String planCode, @Nullable String promotion) {
        String base = planCode.toUpperCase(Locale.ROOT);
        if (promotion == null) {
            return base;
        }
        return base + "+" + promotion.toUpperCase(Locale.ROOT);
    }

    String renewalNote(String customerName) {
        String note = couponNote(customerName);
        return note != null ? note.trim() : customerName.trim();
    }

    @Nullable
    private String couponNote(String customerName) {
        return customerName.length() > 3 ? "welcome back, " + customerName : null;
    }

    long daysPaused(@CheckForNull Instant since) {
        if (since == null) {
            return 0;
        }
        return Duration.between(since, clock.instant()).toDays();
    }
}
