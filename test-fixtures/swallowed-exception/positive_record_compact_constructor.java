// A configuration record whose compact constructor swallows the URISyntaxException raised while normalising its URL.
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.util.Objects;

record WebhookTarget(String url, Duration timeout) {

    WebhookTarget {
        Objects.requireNonNull(url, "url");
        try {
            url = new URI(url).normalize().toString();
        } catch (URISyntaxException e) { // expect: swallowed-exception "URISyntaxException"
            // the raw value is kept and checked when the webhook fires
        }
        timeout = timeout == null ? Duration.ofSeconds(10) : timeout;
    }

    boolean isSecure() {
        return url.startsWith("https://");
    }
}
