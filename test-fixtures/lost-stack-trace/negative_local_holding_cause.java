// Catch blocks that pass the caught exception as cause through a local variable that holds it.
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.springframework.stereotype.Component;
import org.springframework.web.client.HttpServerErrorException;
import org.springframework.web.client.RestTemplate;

@Component
class ExchangeRateFetcher {

    private final RestTemplate restTemplate;
    private final Path snapshot = Path.of("/var/cache/rates.json");

    ExchangeRateFetcher(RestTemplate restTemplate) {
        this.restTemplate = restTemplate;
    }

    public String latestRates() {
        try {
            return restTemplate.getForObject("https://rates.example.com/latest", String.class);
        } catch (HttpServerErrorException e) {
            Throwable cause = e;
            String detail = e.getStatusCode().is5xxServerError() ? "rate provider error" : "unexpected status";
            throw new ServiceException("Fetching exchange rates failed: " + detail, cause);
        }
    }

    public String snapshotRates() {
        try {
            return Files.readString(snapshot);
        } catch (IOException readError) {
            var failure = readError;
            throw new ServiceException(failure);
        }
    }
}
