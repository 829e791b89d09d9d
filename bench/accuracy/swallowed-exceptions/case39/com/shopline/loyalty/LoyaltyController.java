package com.shopline.loyalty;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

@RestController
public class LoyaltyController {

    public record RedeemRequest(int points, String orderReference) {
    }

    private final LoyaltyPointsService loyalty;

    public LoyaltyController(LoyaltyPointsService loyalty) {
        this.loyalty = loyalty;
    }

    @PostMapping("/members/{memberId}/redemptions")
    public ResponseEntity<Void> redeem(@PathVariable long memberId, @RequestBody RedeemRequest request) {
        if (request.points() <= 0) {
            return ResponseEntity.badRequest().build();
        }
        boolean ok = loyalty.redeem(memberId, request.points(), request.orderReference());
        return ok ? ResponseEntity.status(HttpStatus.CREATED).build()
                  : ResponseEntity.status(HttpStatus.CONFLICT).build();
    }
}
