// Static fields written while instances are built or by callbacks they register: a lambda registered in a constructor writing the last config seen, a counter bumped in an instance initialiser block, a static list the constructor adds this to, a record's compact constructor counting instances, and a @PostConstruct that publishes this.
import jakarta.annotation.PostConstruct;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.function.Consumer;
import org.springframework.stereotype.Component;
import org.springframework.stereotype.Service;

interface ConfigWatcher {
    void onChange(Consumer<Properties> listener);
}

@Component
class RemoteConfigClient {

    private static String activeRegion = "eu-west-1"; // expect: mutable-static-field "`activeRegion`"
    private static Instant lastReload; // expect: mutable-static-field "`lastReload`"

    RemoteConfigClient(ConfigWatcher watcher) {
        watcher.onChange(properties -> {
            activeRegion = properties.getProperty("region", activeRegion);
            lastReload = Instant.now();
        });
    }

    static String activeRegion() {
        return activeRegion;
    }
}

class SftpTransferSession implements AutoCloseable {

    private static int opened; // expect: mutable-static-field "`opened`"
    private static final List<SftpTransferSession> OPEN_SESSIONS = new ArrayList<>(); // expect: mutable-static-field "`OPEN_SESSIONS`"

    private final String host;

    {
        opened++;
    }

    SftpTransferSession(String host) {
        this.host = host;
        OPEN_SESSIONS.add(this);
    }

    String host() {
        return host;
    }

    @Override
    public void close() {
        OPEN_SESSIONS.remove(this);
    }
}

record UploadToken(String value, Instant expiresAt) {

    static long issued; // expect: mutable-static-field "`issued`"

    UploadToken {
        if (expiresAt.isBefore(Instant.now())) {
            throw new IllegalArgumentException("token " + value + " already expired");
        }
        issued++;
    }
}

@Service
class LegacyPricingBridge {

    private static LegacyPricingBridge current; // expect: mutable-static-field "`current`"

    @PostConstruct
    void publish() {
        current = this;
    }

    static LegacyPricingBridge current() {
        return current;
    }

    long priceInCents(String sku) {
        return Math.abs(sku.hashCode() % 10_000);
    }
}
