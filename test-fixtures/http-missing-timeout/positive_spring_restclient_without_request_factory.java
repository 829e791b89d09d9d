// RestClient created with no request factory whose timeouts are set: RestClient.create(), RestClient.create(baseUrl), RestClient.builder() with only a base URL, and with a JdkClientHttpRequestFactory left at its defaults.
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.stereotype.Service;
import org.springframework.web.client.RestClient;

@Configuration
class RestClientConfiguration {

    @Bean
    RestClient searchRestClient() {
        return RestClient.create("https://search.example.com"); // expect: http-missing-timeout "`RestClient`"
    }

    @Bean
    RestClient mapsRestClient() {
        return RestClient.builder() // expect: http-missing-timeout "`RestClient`"
                .baseUrl("https://maps.example.com")
                .defaultHeader("X-Api-Key", "maps-key")
                .build();
    }

    @Bean
    RestClient translationRestClient() {
        return RestClient.builder() // expect: http-missing-timeout "`RestClient`"
                .requestFactory(new JdkClientHttpRequestFactory())
                .baseUrl("https://translate.example.com")
                .build();
    }
}

@Service
class HolidayCalendarClient {

    String holidays(String country, int year) {
        RestClient client = RestClient.create(); // expect: http-missing-timeout "`RestClient`"
        return client.get()
                .uri("https://holidays.example.com/{country}/{year}", country, year)
                .retrieve()
                .body(String.class);
    }
}
