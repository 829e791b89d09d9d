// Polls the upstream provider's status page every minute with a default OkHttp client held as
// a field.
package httpclients.case22;

import java.io.IOException;

import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

@Component
public class StatusPagePoller {

    private static final Logger log = LoggerFactory.getLogger(StatusPagePoller.class);

    private final OkHttpClient httpClient = new OkHttpClient();
    private final String statusUrl;
    private volatile boolean degraded;

    public StatusPagePoller(@Value("${upstream.status-url}") String statusUrl) {
        this.statusUrl = statusUrl;
    }

    @Scheduled(fixedDelay = 60_000)
    public void poll() {
        Request request = new Request.Builder()
                .url(statusUrl)
                .header("Accept", "application/json")
                .build();
        try (Response response = httpClient.newCall(request).execute()) {
            String body = response.body() != null ? response.body().string() : "";
            degraded = !response.isSuccessful() || !body.contains("\"indicator\":\"none\"");
        } catch (IOException e) {
            log.debug("status page unreachable", e);
            degraded = true;
        }
    }

    public boolean isDegraded() {
        return degraded;
    }
}
