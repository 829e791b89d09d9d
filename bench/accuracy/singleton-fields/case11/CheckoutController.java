// Reactive checkout endpoint: places the order and answers 201 with the order's URI.
package singletons.case11;

import java.net.URI;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

import singletons.case11.CheckoutService.CheckoutReceipt;
import singletons.case11.CheckoutService.CheckoutRequest;

@RestController
@RequestMapping("/api/checkout")
public class CheckoutController {

    private final CheckoutService checkout;
    private String lastOrderId; // shared

    public CheckoutController(CheckoutService checkout) {
        this.checkout = checkout;
    }

    @PostMapping
    public Mono<ResponseEntity<CheckoutReceipt>> placeOrder(@RequestBody Mono<CheckoutRequest> body) {
        return body
                .flatMap(checkout::place)
                .doOnNext(receipt -> lastOrderId = receipt.orderId())
                .map(receipt -> ResponseEntity.created(URI.create("/api/orders/" + lastOrderId)).body(receipt));
    }
}
