// Retrofit with no client (OkHttp defaults), on an OkHttp client with non-zero timeouts, and on an injected OkHttp client.
import java.time.Duration;

import okhttp3.OkHttpClient;
import okhttp3.ResponseBody;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import retrofit2.Call;
import retrofit2.Retrofit;
import retrofit2.http.GET;
import retrofit2.http.Query;

interface CurrencyApi {
    @GET("convert")
    Call<ResponseBody> convert(@Query("from") String from, @Query("to") String to);
}

@Configuration
class CurrencyApiConfiguration {

    @Bean
    CurrencyApi defaultCurrencyApi() {
        return new Retrofit.Builder()
                .baseUrl("https://currency.example.com/")
                .build()
                .create(CurrencyApi.class);
    }

    @Bean
    CurrencyApi timedCurrencyApi() {
        OkHttpClient client = new OkHttpClient.Builder()
                .connectTimeout(Duration.ofSeconds(3))
                .readTimeout(Duration.ofSeconds(10))
                .build();
        return new Retrofit.Builder()
                .baseUrl("https://currency-backup.example.com/")
                .client(client)
                .build()
                .create(CurrencyApi.class);
    }

    @Bean
    CurrencyApi sharedClientCurrencyApi(OkHttpClient okHttpClient) {
        return new Retrofit.Builder()
                .baseUrl("https://currency-eu.example.com/")
                .client(okHttpClient)
                .build()
                .create(CurrencyApi.class);
    }
}
