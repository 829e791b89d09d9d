// OkHttp clients left at their default (finite) timeouts: new OkHttpClient(), a builder with interceptors only, a client derived with newBuilder() that changes no timeout.
import java.io.IOException;

import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import org.springframework.stereotype.Service;

@Service
class BlocklistDownloader {

    private final OkHttpClient client = new OkHttpClient();
    private final OkHttpClient authenticatedClient = new OkHttpClient.Builder()
            .addInterceptor(chain -> chain.proceed(chain.request().newBuilder().header("Authorization", "Bearer token").build()))
            .followRedirects(false)
            .build();

    String blocklist(String url) throws IOException {
        try (Response response = client.newCall(new Request.Builder().url(url).build()).execute()) {
            return response.body().string();
        }
    }

    String privateBlocklist(String url) throws IOException {
        try (Response response = authenticatedClient.newCall(new Request.Builder().url(url).build()).execute()) {
            return response.body().string();
        }
    }

    OkHttpClient noRedirects() {
        return client.newBuilder().followRedirects(false).followSslRedirects(false).build();
    }
}
