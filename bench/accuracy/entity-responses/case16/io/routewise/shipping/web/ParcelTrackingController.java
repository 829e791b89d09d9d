package io.routewise.shipping.web;

import io.routewise.shipping.parcel.Parcel;
import io.routewise.shipping.parcel.ParcelRepository;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

import java.time.LocalDate;

@RestController
@RequestMapping("/depots/{depotCode}")
public class ParcelTrackingController {

    private final ParcelRepository parcels;

    public ParcelTrackingController(ParcelRepository parcels) {
        this.parcels = parcels;
    }

    @GetMapping(value = "/parcels", produces = MediaType.APPLICATION_NDJSON_VALUE)
    public Flux<Parcel> parcelsForDay(@PathVariable String depotCode,
                                      @RequestParam(required = false) LocalDate day) {
        LocalDate effectiveDay = day != null ? day : LocalDate.now();
        return Flux.defer(() -> Flux.fromIterable(parcels.findByDepotCodeAndSortDate(depotCode, effectiveDay)))
                .subscribeOn(Schedulers.boundedElastic());
    }

    @GetMapping("/parcels/pending")
    public Mono<Long> pendingCount(@PathVariable String depotCode) {
        return Mono.fromCallable(() -> parcels.countByDepotCodeAndDeliveredFalse(depotCode))
                .subscribeOn(Schedulers.boundedElastic());
    }
}
