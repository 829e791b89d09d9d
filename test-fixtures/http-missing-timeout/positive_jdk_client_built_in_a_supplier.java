// A JDK client builder finished inside a lambda (a cache's supplier), with its connect timeout set only when one is configured.
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

class TenantHttpClients {

    private final Map<String, HttpClient> clients = new ConcurrentHashMap<>();

    HttpClient forTenant(String tenant, long connectMillis) {
        HttpClient.Builder builder = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER); // expect: http-missing-timeout "`HttpClient` built without `connectTimeout`"
        if (connectMillis > 0) {
            builder.connectTimeout(Duration.ofMillis(connectMillis));
        }
        return clients.computeIfAbsent(tenant, key -> builder.build());
    }
}
