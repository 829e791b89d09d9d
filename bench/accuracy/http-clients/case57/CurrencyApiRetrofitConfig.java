// Currency conversion API through Retrofit on an OkHttp client with an Accept header
// interceptor.
package httpclients.case57;

import okhttp3.OkHttpClient;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import retrofit2.Retrofit;

@Configuration
public class CurrencyApiRetrofitConfig {

    @Bean
    public CurrencyApi currencyApi(@Value("${currency-api.url}") String baseUrl) {
        OkHttpClient client = new OkHttpClient.Builder()
                .addInterceptor(chain -> chain.proceed(chain.request().newBuilder()
                        .header("Accept", "application/json")
                        .build()))
                .build();
        return new Retrofit.Builder()
                .baseUrl(baseUrl)
                .client(client)
                .build()
                .create(CurrencyApi.class);
    }
}
