// Streaming client for the market data vendor's endless quote stream on OkHttp, with a ping
// interval to detect dead connections.
package httpclients.case41;

import java.time.Duration;
import java.util.concurrent.TimeUnit;

import okhttp3.OkHttpClient;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
public class MarketDataStreamConfig {

    @Bean
    public OkHttpClient marketDataStreamClient(MarketDataCredentials credentials) {
        return new OkHttpClient.Builder()
                .connectTimeout(Duration.ofSeconds(10))
                .readTimeout(0, TimeUnit.MILLISECONDS) // hang
                .pingInterval(Duration.ofSeconds(20))
                .addInterceptor(chain -> chain.proceed(chain.request().newBuilder()
                        .header("X-Api-Key", credentials.apiKey())
                        .build()))
                .build();
    }
}
