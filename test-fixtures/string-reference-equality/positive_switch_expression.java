// A notification router that compares the String results of switch expressions with ==.
import org.springframework.stereotype.Service;

@Service
public class NotificationRouter {

    private final String homeRegion = "EU";

    public boolean isPreferredChannel(int priority, String preferred) {
        String channel = switch (priority) {
            case 1 -> "SMS";
            case 2 -> "EMAIL";
            default -> "PUSH";
        };
        return channel == preferred; // expect: string-reference-equality "`channel`"
    }

    public boolean isHomeRegion(String country) {
        var region = switch (country) {
            case "DE", "FR", "IT" -> "EU";
            case "US", "CA" -> "NA";
            default -> {
                String fallback = country.toUpperCase();
                yield fallback;
            }
        };
        return region == homeRegion; // expect: string-reference-equality "`region`"
    }

    public int retries(String channel) {
        int count = switch (channel) {
            case "SMS" -> 1;
            default -> 3;
        };
        return count == 0 ? 1 : count;
    }
}
