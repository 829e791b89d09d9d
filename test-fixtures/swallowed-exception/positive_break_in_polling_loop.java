// A WebClient job poller whose catch blocks only break out of the loop, dropping the HTTP error and the interrupt.
import java.time.Duration;
import org.springframework.stereotype.Component;
import org.springframework.web.reactive.function.client.WebClient;
import org.springframework.web.reactive.function.client.WebClientResponseException;

@Component
class ExportJobPoller {

    private final WebClient webClient;

    ExportJobPoller(WebClient.Builder builder) {
        this.webClient = builder.baseUrl("https://reports.internal").build();
    }

    String awaitCompletion(String jobId, int maxAttempts) {
        String status = "UNKNOWN";
        for (int attempt = 0; attempt < maxAttempts; attempt++) {
            try {
                status = webClient.get()
                        .uri("/exports/{id}/status", jobId)
                        .retrieve()
                        .bodyToMono(String.class)
                        .block(Duration.ofSeconds(5));
            } catch (WebClientResponseException e) { // expect: swallowed-exception "WebClientResponseException"
                break;
            }
            if ("DONE".equals(status) || "FAILED".equals(status)) {
                break;
            }
            try {
                Thread.sleep(1000L * (attempt + 1));
            } catch (InterruptedException e) { // expect: swallowed-exception "InterruptedException"
                break;
            }
        }
        return status;
    }
}
