// Reactor publishers dropped in scheduled jobs and less common statement positions: a WebClient bodyToFlux chain ending in doOnNext, a toEntity exchange, a Flux.fromIterable(..).flatMap(..) pipeline, reactive calls in the arms of a switch statement, and a reactive save inside a try-with-resources block.
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.data.repository.reactive.ReactiveCrudRepository;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.web.reactive.function.client.WebClient;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

record ExchangeRate(String currency, double rate) {
}

enum SubscriptionState { ACTIVE, RENEWAL_DUE, EXPIRED, CANCELLED }

record Subscription(String id, String customerId, SubscriptionState state, Instant renewsAt) {
}

interface SubscriptionRepository extends ReactiveCrudRepository<Subscription, String> {
}

@Component
class BillingGatewayClient {

    private final WebClient billingWebClient;

    BillingGatewayClient(WebClient billingWebClient) {
        this.billingWebClient = billingWebClient;
    }

    Mono<String> charge(Subscription subscription) {
        return billingWebClient.post()
                .uri("/charges")
                .bodyValue(subscription)
                .retrieve()
                .bodyToMono(String.class);
    }
}

@Component
class ExchangeRateRefreshJob {

    private final WebClient ratesClient;
    private final Map<String, Double> rates = new ConcurrentHashMap<>();

    ExchangeRateRefreshJob(WebClient ratesClient) {
        this.ratesClient = ratesClient;
    }

    @Scheduled(cron = "0 */15 * * * *")
    void refreshRates() {
        ratesClient.get() // expect: ignored-future "`doOnNext()`"
                .uri("/rates?base=EUR")
                .retrieve()
                .bodyToFlux(ExchangeRate.class)
                .doOnNext(rate -> rates.put(rate.currency(), rate.rate()));
    }

    @Scheduled(fixedRate = 60_000)
    void reportHeartbeat() {
        ratesClient.put().uri("/consumers/backoffice/heartbeat").bodyValue(Instant.now()).retrieve().toEntity(String.class); // expect: ignored-future "`toEntity()`"
    }
}

@Component
class SubscriptionRenewalJob {

    private static final Logger log = LoggerFactory.getLogger(SubscriptionRenewalJob.class);

    private final SubscriptionRepository subscriptions;
    private final BillingGatewayClient billing;

    SubscriptionRenewalJob(SubscriptionRepository subscriptions, BillingGatewayClient billing) {
        this.subscriptions = subscriptions;
        this.billing = billing;
    }

    void purgeCancelled(List<String> cancelledIds) {
        Flux.fromIterable(cancelledIds).flatMap(subscriptions::deleteById); // expect: ignored-future "`flatMap()`"
        log.info("purging {} cancelled subscriptions", cancelledIds.size());
    }

    void process(Subscription subscription) {
        switch (subscription.state()) {
            case RENEWAL_DUE -> billing.charge(subscription); // expect: ignored-future "`charge()`"
            case EXPIRED -> subscriptions.deleteById(subscription.id()); // expect: ignored-future "`deleteById()`"
            case ACTIVE, CANCELLED -> log.debug("nothing to do for {}", subscription.id());
        }
    }

    void markRenewed(Subscription subscription) {
        try (var ignored = MDC.putCloseable("subscriptionId", subscription.id())) {
            var renewed = new Subscription(subscription.id(), subscription.customerId(), SubscriptionState.ACTIVE,
                    subscription.renewsAt().plus(Duration.ofDays(30)));
            subscriptions.save(renewed); // expect: ignored-future "`save()`"
            log.info("subscription renewed until {}", renewed.renewsAt());
        }
    }
}
