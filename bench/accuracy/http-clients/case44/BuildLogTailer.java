// Build log tailing: a client derived from the application's shared OkHttp client follows the
// chunked log stream of a running build.
package httpclients.case44;

import java.io.IOException;
import java.time.Duration;
import java.util.function.Consumer;

import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import okio.BufferedSource;
import org.springframework.stereotype.Service;

@Service
public class BuildLogTailer {

    private final OkHttpClient tailClient;

    public BuildLogTailer(OkHttpClient sharedClient) {
        this.tailClient = sharedClient.newBuilder()
                .readTimeout(Duration.ZERO) // hang
                .build();
    }

    public void follow(String logUrl, Consumer<String> onLine) throws IOException {
        Request request = new Request.Builder().url(logUrl + "?follow=true").build();
        try (Response response = tailClient.newCall(request).execute()) {
            if (response.body() == null) {
                return;
            }
            BufferedSource source = response.body().source();
            String line;
            while ((line = source.readUtf8Line()) != null) {
                onLine.accept(line);
            }
        }
    }
}
