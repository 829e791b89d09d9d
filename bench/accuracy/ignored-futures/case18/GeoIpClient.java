// Country lookups against the internal GeoIP service.
package ignoredfutures.case18;

import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;

@Component
public class GeoIpClient {

    private final RestClient geoRestClient;

    public GeoIpClient(RestClient geoRestClient) {
        this.geoRestClient = geoRestClient;
    }

    public String countryOf(String ipAddress) {
        var answer = geoRestClient.get()
                .uri("/lookup/{ip}", ipAddress)
                .retrieve()
                .body(GeoAnswer.class);
        return answer == null ? "ZZ" : answer.countryCode();
    }

    record GeoAnswer(String ip, String countryCode, String city) {
    }
}
