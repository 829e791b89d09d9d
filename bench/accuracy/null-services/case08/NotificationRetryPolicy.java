package nulls.case08;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;

import org.springframework.stereotype.Component;

/**
 * Back-off between delivery attempts of outbound notifications, per channel.
 */
@Component
public class NotificationRetryPolicy {

    public enum Channel { EMAIL, SMS, PUSH, WEBHOOK }

    private static final EnumMap<Channel, Duration> BASE_DELAY = new EnumMap<>(Channel.class);
    private static final EnumMap<Channel, Integer> MAX_ATTEMPTS = new EnumMap<>(Channel.class);

    static {
        BASE_DELAY.put(Channel.EMAIL, Duration.ofMinutes(2));
        BASE_DELAY.put(Channel.SMS, Duration.ofSeconds(30));
        BASE_DELAY.put(Channel.PUSH, Duration.ofSeconds(10));
        BASE_DELAY.put(Channel.WEBHOOK, Duration.ofMinutes(1));

        MAX_ATTEMPTS.put(Channel.EMAIL, 8);
        MAX_ATTEMPTS.put(Channel.SMS, 3);
        MAX_ATTEMPTS.put(Channel.PUSH, 2);
        MAX_ATTEMPTS.put(Channel.WEBHOOK, 12);
    }

    private final Clock clock;

    public NotificationRetryPolicy(Clock clock) {
        this.clock = clock;
    }

    public boolean shouldRetry(Channel channel, int attemptsSoFar) {
        int max = MAX_ATTEMPTS.get(channel);
        return attemptsSoFar < max;
    }

    public Instant nextAttempt(Channel channel, int attemptsSoFar) {
        Duration delay = BASE_DELAY.get(channel).multipliedBy(1L << Math.min(attemptsSoFar, 10));
        return clock.instant().plus(delay);
    }
}
