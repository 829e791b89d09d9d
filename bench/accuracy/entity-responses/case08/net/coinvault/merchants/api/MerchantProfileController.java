package net.coinvault.merchants.api;

import net.coinvault.merchants.persistence.Merchant;
import net.coinvault.merchants.persistence.MerchantRepository;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

@RestController
@RequestMapping("/api/merchants")
public class MerchantProfileController {

    public record MerchantView(String id, String displayName, String country, boolean payoutsEnabled) {

        static MerchantView of(Merchant merchant) {
            return new MerchantView(merchant.getId(), merchant.getDisplayName(),
                    merchant.getCountry(), merchant.isPayoutsEnabled());
        }
    }

    private final MerchantRepository merchants;

    public MerchantProfileController(MerchantRepository merchants) {
        this.merchants = merchants;
    }

    @GetMapping("/{id}")
    public Mono<MerchantView> profile(@PathVariable String id) {
        return Mono.fromCallable(() -> merchants.findById(id))
                .subscribeOn(Schedulers.boundedElastic())
                .flatMap(Mono::justOrEmpty)
                .map(MerchantView::of)
                .switchIfEmpty(Mono.error(new ResponseStatusException(HttpStatus.NOT_FOUND)));
    }

    @GetMapping
    public Flux<MerchantView> byCountry(@RequestParam String country) {
        return Mono.fromCallable(() -> merchants.findByCountry(country))
                .subscribeOn(Schedulers.boundedElastic())
                .flatMapIterable(list -> list)
                .map(MerchantView::of);
    }
}
