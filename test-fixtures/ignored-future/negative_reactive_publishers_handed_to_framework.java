// Publishers handed on rather than dropped: a functional handler passing a Flux to ServerResponse body, Mono.zip of a repository lookup and a WebClient call returned from a controller, a switch expression choosing the Mono to return, Mono.fromFuture over a JDK sendAsync, and a scheduled bodyToFlux chain waited for with blockLast.
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import org.springframework.data.repository.reactive.ReactiveCrudRepository;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.stereotype.Service;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.reactive.function.client.WebClient;
import org.springframework.web.reactive.function.server.ServerRequest;
import org.springframework.web.reactive.function.server.ServerResponse;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

record Offer(String id, String sellerId, BigDecimal price, boolean published) {
}

record SellerStats(String sellerId, long sales, double rating) {
}

record SellerDashboard(Offer topOffer, SellerStats stats) {
}

enum ModerationAction { APPROVE, TAKE_DOWN, ESCALATE }

interface OfferRepository extends ReactiveCrudRepository<Offer, String> {

    Flux<Offer> findBySellerId(String sellerId);
}

@Component
class OfferHandler {

    private final OfferRepository offers;

    OfferHandler(OfferRepository offers) {
        this.offers = offers;
    }

    Mono<ServerResponse> listBySeller(ServerRequest request) {
        Flux<Offer> sellerOffers = offers.findBySellerId(request.pathVariable("sellerId"));
        return ServerResponse.ok().body(sellerOffers, Offer.class);
    }
}

@RestController
class SellerDashboardController {

    private final OfferRepository offers;
    private final WebClient statsClient;

    SellerDashboardController(OfferRepository offers, WebClient statsClient) {
        this.offers = offers;
        this.statsClient = statsClient;
    }

    @GetMapping("/sellers/{sellerId}/dashboard/{offerId}")
    Mono<SellerDashboard> dashboard(@PathVariable String sellerId, @PathVariable String offerId) {
        var stats = statsClient.get().uri("/stats/{id}", sellerId).retrieve().bodyToMono(SellerStats.class);
        return Mono.zip(offers.findById(offerId), stats)
                .map(pair -> new SellerDashboard(pair.getT1(), pair.getT2()));
    }
}

@Service
class OfferModerationService {

    private final OfferRepository offers;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    OfferModerationService(OfferRepository offers) {
        this.offers = offers;
    }

    Mono<Void> moderate(Offer offer, ModerationAction action) {
        return switch (action) {
            case APPROVE -> offers.save(new Offer(offer.id(), offer.sellerId(), offer.price(), true)).then();
            case TAKE_DOWN -> offers.deleteById(offer.id());
            case ESCALATE -> notifyTrustAndSafety(offer).then();
        };
    }

    Mono<Integer> notifyTrustAndSafety(Offer offer) {
        var request = HttpRequest.newBuilder(URI.create("https://trust.internal/escalations/" + offer.id()))
                .timeout(Duration.ofSeconds(5))
                .POST(HttpRequest.BodyPublishers.noBody())
                .build();
        return Mono.fromFuture(() -> http.sendAsync(request, HttpResponse.BodyHandlers.discarding()))
                .map(HttpResponse::statusCode);
    }
}

@Component
class OfferFeedImportJob {

    private final WebClient feedClient;
    private final OfferRepository offers;

    OfferFeedImportJob(WebClient feedClient, OfferRepository offers) {
        this.feedClient = feedClient;
        this.offers = offers;
    }

    @Scheduled(cron = "0 30 1 * * *")
    void importFeed() {
        feedClient.get()
                .uri("/feeds/offers")
                .retrieve()
                .bodyToFlux(Offer.class)
                .flatMap(offers::save)
                .blockLast(Duration.ofMinutes(10));
    }
}
