// Host and start-up details shown on the actuator info endpoint, resolved once when the class
// is loaded.
package staticfields.case01;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Instant;
import java.util.Map;

import org.springframework.boot.actuate.info.Info;
import org.springframework.boot.actuate.info.InfoContributor;
import org.springframework.stereotype.Component;

@Component
public class HostInfoContributor implements InfoContributor {

    private static String hostName;
    private static Instant loadedAt;
    private static int availableProcessors;

    static {
        String resolved;
        try {
            resolved = InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            resolved = System.getenv().getOrDefault("HOSTNAME", "unknown");
        }
        hostName = resolved;
        loadedAt = Instant.now();
        availableProcessors = Runtime.getRuntime().availableProcessors();
    }

    @Override
    public void contribute(Info.Builder builder) {
        builder.withDetail("host", Map.of(
                "name", hostName,
                "loadedAt", loadedAt.toString(),
                "cpus", availableProcessors));
    }

    public static String currentHost() {
        return hostName;
    }
}
