// Long-polling change feed of the configuration server, consumed through Retrofit on an
// OkHttp client.
package httpclients.case36;

import java.util.concurrent.TimeUnit;

import okhttp3.OkHttpClient;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import retrofit2.Retrofit;

@Configuration
public class ConfigFeedRetrofitConfig {

    @Bean
    public ConfigFeedApi configFeedApi(@Value("${config-feed.url}") String baseUrl) {
        OkHttpClient client = new OkHttpClient.Builder()
                .connectTimeout(5, TimeUnit.SECONDS)
                .readTimeout(0, TimeUnit.SECONDS) // hang
                .build();
        return new Retrofit.Builder()
                .baseUrl(baseUrl)
                .client(client)
                .build()
                .create(ConfigFeedApi.class);
    }
}
