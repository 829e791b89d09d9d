// Reactive WebClient and RestClient calls that send API keys and bearer tokens held in literals, including a token constant concatenated after "Bearer ".
import org.springframework.http.MediaType;
import org.springframework.stereotype.Service;
import org.springframework.web.client.RestClient;
import org.springframework.web.reactive.function.client.WebClient;
import reactor.core.publisher.Mono;

@Service
public class WeatherForecastClient {

    private static final String SERVICE_TOKEN = "Qw8Er5Ty2Ui9Op3As6Df1Gh4Jk7Lz0Xc"; // expect: hardcoded-secret

    private final WebClient webClient = WebClient.builder()
            .baseUrl("https://api.weather.example.com")
            .build();

    private final RestClient alertsClient = RestClient.builder()
            .baseUrl("https://alerts.weather.example.com")
            .defaultHeaders(h -> h.setBearerAuth("Mn3Bv6Cx9Zl2Kj5Hg8Fd1Sa4Po7Iu0Yt")) // expect: hardcoded-secret "`setBearerAuth`"
            .build();

    public Mono<String> forecast(String city) {
        return webClient.get()
                .uri(uri -> uri.path("/v3/forecast").queryParam("city", city).build())
                .header("X-API-Key", "Wx4Fc7Gh1Jk9Lm3Np6Qr2St8Uv5Yz0Ab") // expect: hardcoded-secret "`X-API-Key`"
                .accept(MediaType.APPLICATION_JSON)
                .retrieve()
                .bodyToMono(String.class);
    }

    public Mono<String> history(String city) {
        return webClient.get()
                .uri("/v3/history/{city}", city)
                .header("x-api-key", "Hb5Nj8Mk2Ql6Wr9Et3Yu7Io1Pa4Sd0Fg") // expect: hardcoded-secret
                .retrieve()
                .bodyToMono(String.class);
    }

    public String activeAlerts(String region) {
        return alertsClient.get()
                .uri("/v1/alerts?region={region}", region)
                .header("Authorization", "Bearer " + SERVICE_TOKEN)
                .retrieve()
                .body(String.class);
    }
}
