// A Jakarta REST client call that sends a literal API key through Invocation.Builder.header("X-API-Key", ..).
import jakarta.ws.rs.client.Client;
import jakarta.ws.rs.client.ClientBuilder;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.concurrent.TimeUnit;

public class CurrencyRatesClient {

    private final Client client = ClientBuilder.newBuilder()
            .connectTimeout(3, TimeUnit.SECONDS)
            .readTimeout(10, TimeUnit.SECONDS)
            .build();

    public String latestRates(String base) {
        try (Response response = client.target("https://fx.example.com/api")
                .path("latest")
                .queryParam("base", base)
                .request(MediaType.APPLICATION_JSON)
                .header("X-API-Key", "Fx9Ra7Te3Sk1Ey5Lq8Mn2Bv6Cz4Xw0Pq") // expect: hardcoded-secret "`X-API-Key`"
                .get()) {
            return response.readEntity(String.class);
        }
    }
}
