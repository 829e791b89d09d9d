// OkHttp client for the geocoding provider, with timeouts taken from the configuration.
package httpclients.case14;

import java.time.Duration;

import okhttp3.OkHttpClient;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
public class GeocodingHttpConfig {

    @Bean
    OkHttpClient geocodingOkHttpClient(@Value("${geocoding.connect-timeout:2s}") Duration connectTimeout,
                                       @Value("${geocoding.read-timeout:10s}") Duration readTimeout,
                                       @Value("${geocoding.api-key}") String apiKey) {
        return new OkHttpClient.Builder()
                .connectTimeout(connectTimeout)
                .readTimeout(readTimeout)
                .writeTimeout(readTimeout)
                .retryOnConnectionFailure(true)
                .addInterceptor(new GeocodingApiKeyInterceptor(apiKey))
                .build();
    }
}
