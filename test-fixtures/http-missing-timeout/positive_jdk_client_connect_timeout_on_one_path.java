// JDK HttpClient builder held in a local whose connectTimeout is set in one branch of an if only, and a var-held builder whose connectTimeout is set inside a loop that may not run.
import java.net.InetSocketAddress;
import java.net.ProxySelector;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.List;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

@Component
class PartnerClientFactory {

    private final Duration connectTimeout;

    PartnerClientFactory(@Value("${partner.connect-timeout:PT2S}") Duration connectTimeout) {
        this.connectTimeout = connectTimeout;
    }

    HttpClient clientFor(String proxyHost, int proxyPort) {
        HttpClient.Builder builder = HttpClient.newBuilder(); // expect: http-missing-timeout "`HttpClient` built without `connectTimeout`"
        builder.followRedirects(HttpClient.Redirect.NEVER);
        if (proxyHost != null) {
            builder.proxy(ProxySelector.of(new InetSocketAddress(proxyHost, proxyPort)));
            builder.connectTimeout(connectTimeout);
        }
        return builder.build();
    }

    HttpClient clientWithOverrides(List<Duration> overrides) {
        var builder = HttpClient.newBuilder() // expect: http-missing-timeout "`HttpClient` built without `connectTimeout`"
                .version(HttpClient.Version.HTTP_1_1);
        for (Duration override : overrides) {
            builder.connectTimeout(override);
        }
        return builder.build();
    }
}
