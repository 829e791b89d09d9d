// JDK builders held in locals and configured in later statements on every path: both branches of an if set connectTimeout or timeout, or the timeout is set before the branch.
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ProxySelector;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import org.springframework.stereotype.Component;

@Component
class TrackingClientFactory {

    HttpClient client(String proxyHost, int proxyPort) {
        HttpClient.Builder builder = HttpClient.newBuilder();
        if (proxyHost != null) {
            builder.proxy(ProxySelector.of(new InetSocketAddress(proxyHost, proxyPort)));
            builder.connectTimeout(Duration.ofSeconds(5));
        } else {
            builder.connectTimeout(Duration.ofSeconds(2));
        }
        return builder.build();
    }

    String track(HttpClient client, URI tracking, String parcel, boolean express) throws IOException, InterruptedException {
        HttpRequest.Builder builder = HttpRequest.newBuilder(tracking.resolve("/parcels/" + parcel));
        builder.timeout(Duration.ofSeconds(10));
        if (express) {
            builder.header("X-Priority", "express");
        }
        return client.send(builder.build(), HttpResponse.BodyHandlers.ofString()).body();
    }

    String history(HttpClient client, URI tracking, String parcel, boolean bulk) throws IOException, InterruptedException {
        var builder = HttpRequest.newBuilder().uri(tracking.resolve("/parcels/" + parcel + "/history"));
        if (bulk) {
            builder.timeout(Duration.ofSeconds(30));
        } else {
            builder.timeout(Duration.ofSeconds(3));
        }
        return client.send(builder.build(), HttpResponse.BodyHandlers.ofString()).body();
    }
}
