// A JDK client builder given its connect timeout on every path and finished inside a lambda (a cache's supplier).
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

class RegionHttpClients {

    private final Map<String, HttpClient> clients = new ConcurrentHashMap<>();

    HttpClient forRegion(String region, long connectMillis) {
        HttpClient.Builder builder = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER);
        builder.connectTimeout(Duration.ofMillis(connectMillis > 0 ? connectMillis : 2_000));
        return clients.computeIfAbsent(region, key -> builder.build());
    }
}
