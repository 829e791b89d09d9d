// A rate-limit configuration bean that compares String fields (instance and static) with ==.
import org.springframework.stereotype.Component;

@Component
public class RateLimitSettings {

    private static final String STRICT = "strict";
    private static String fallbackRegion = "eu-west-1";

    private String mode = "lenient";
    private String region = "eu-west-1";
    private int requestsPerMinute = 600;

    public int effectiveLimit() {
        if (mode == STRICT) { // expect: string-reference-equality "`mode`"
            return requestsPerMinute / 2;
        }
        return requestsPerMinute;
    }

    public boolean isHomeRegion(String otherRegion) {
        return this.region == otherRegion; // expect: string-reference-equality "`this.region`"
    }

    public boolean usesFallbackRegion() {
        return region != fallbackRegion; // expect: string-reference-equality "`region`"
    }

    public void update(String newMode, int newLimit) {
        if (newLimit == requestsPerMinute) {
            return;
        }
        this.mode = newMode;
        this.requestsPerMinute = newLimit;
    }
}
