// Forwards click events to the analytics collector without holding up the redirect: the
// call is subscribed with an error handler, and the daily campaign list is streamed into the
// local lookup table.
package ignoredfutures.case12;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.web.reactive.function.client.WebClient;
import reactor.core.publisher.Mono;

@Service
public class ClickTrackingService {

    private static final Logger log = LoggerFactory.getLogger(ClickTrackingService.class);

    private final WebClient analyticsWebClient;
    private final Map<String, String> campaignTargets = new ConcurrentHashMap<>();

    public ClickTrackingService(WebClient analyticsWebClient) {
        this.analyticsWebClient = analyticsWebClient;
    }

    public String track(String campaignId, String visitorId, String userAgent) {
        analyticsWebClient.post()
                .uri("/collect")
                .bodyValue(new ClickEvent(campaignId, visitorId, userAgent, System.currentTimeMillis()))
                .retrieve()
                .bodyToMono(Void.class)
                .timeout(Duration.ofSeconds(2))
                .onErrorResume(ex -> {
                    log.debug("click of {} not collected: {}", campaignId, ex.toString());
                    return Mono.empty();
                })
                .subscribe();
        return campaignTargets.getOrDefault(campaignId, "https://www.example.com/");
    }

    @Scheduled(cron = "0 0 * * * *")
    public void reloadCampaigns() {
        analyticsWebClient.get()
                .uri("/campaigns?active=true")
                .retrieve()
                .bodyToFlux(Campaign.class)
                .subscribe(
                        campaign -> campaignTargets.put(campaign.id(), campaign.targetUrl()),
                        ex -> log.error("campaign reload failed", ex),
                        () -> log.info("{} campaigns loaded", campaignTargets.size()));
    }

    record ClickEvent(String campaignId, String visitorId, String userAgent, long at) {
    }

    record Campaign(String id, String targetUrl) {
    }
}
