// Retrofit built on an OkHttp client whose read timeout is 0: reported once, at the zero call, not again where Retrofit is built.
import java.util.concurrent.TimeUnit;

import okhttp3.OkHttpClient;
import okhttp3.ResponseBody;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import retrofit2.Call;
import retrofit2.Retrofit;
import retrofit2.http.GET;
import retrofit2.http.Path;

interface ShipmentApi {
    @GET("shipments/{id}")
    Call<ResponseBody> shipment(@Path("id") String id);
}

@Configuration
class ShipmentApiConfiguration {

    @Bean
    ShipmentApi shipmentApi() {
        OkHttpClient okHttpClient = new OkHttpClient.Builder()
                .connectTimeout(5, TimeUnit.SECONDS)
                .readTimeout(0, TimeUnit.SECONDS) // expect: http-missing-timeout "OkHttp"
                .build();
        Retrofit retrofit = new Retrofit.Builder()
                .baseUrl("https://shipments.example.com/")
                .client(okHttpClient)
                .build();
        return retrofit.create(ShipmentApi.class);
    }
}
