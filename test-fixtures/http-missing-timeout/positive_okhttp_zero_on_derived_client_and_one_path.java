// OkHttp zero timeouts on a client derived with newBuilder() from an injected client (server-sent events), and on a builder whose read timeout is zeroed in one branch of an if.
import java.util.concurrent.TimeUnit;

import okhttp3.OkHttpClient;
import okhttp3.Request;
import org.springframework.stereotype.Component;

@Component
class MarketDataStreams {

    private final OkHttpClient streamingClient;

    MarketDataStreams(OkHttpClient sharedClient) {
        this.streamingClient = sharedClient.newBuilder()
                .readTimeout(0, TimeUnit.SECONDS) // expect: http-missing-timeout "OkHttp"
                .build();
    }

    Request subscription(String symbol) {
        return new Request.Builder()
                .url("https://stream.example.com/quotes/" + symbol)
                .header("Accept", "text/event-stream")
                .build();
    }

    OkHttpClient streamingClient() {
        return streamingClient;
    }

    OkHttpClient tradesClient(boolean streaming) {
        OkHttpClient.Builder builder = new OkHttpClient.Builder().connectTimeout(5, TimeUnit.SECONDS);
        if (streaming) {
            builder.readTimeout(0, TimeUnit.SECONDS); // expect: http-missing-timeout "OkHttp"
        } else {
            builder.readTimeout(30, TimeUnit.SECONDS);
        }
        return builder.build();
    }
}
