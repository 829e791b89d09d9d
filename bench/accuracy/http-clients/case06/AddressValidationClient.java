// Address validation over the JDK HttpClient: connect timeout on the client, request timeout
// on every request, both from a bound properties record.
package httpclients.case06;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.springframework.stereotype.Service;

@Service
public class AddressValidationClient {

    private final HttpClient httpClient;
    private final AddressApiProperties properties;

    public AddressValidationClient(AddressApiProperties properties) {
        this.properties = properties;
        this.httpClient = HttpClient.newBuilder()
                .connectTimeout(properties.connectTimeout())
                .version(HttpClient.Version.HTTP_2)
                .build();
    }

    public boolean isDeliverable(String postalCode, String street) throws IOException, InterruptedException {
        var query = "postalCode=" + URLEncoder.encode(postalCode, UTF_8)
                + "&street=" + URLEncoder.encode(street, UTF_8);
        HttpRequest request = HttpRequest.newBuilder(URI.create(properties.baseUrl() + "/validate?" + query))
                .timeout(properties.requestTimeout())
                .header("Accept", "application/json")
                .GET()
                .build();
        HttpResponse<String> response = httpClient.send(request, HttpResponse.BodyHandlers.ofString());
        return response.statusCode() == 200 && response.body().contains("\"deliverable\":true");
    }
}
