package com.rewardhub.loyalty.web;

import com.rewardhub.loyalty.card.LoyaltyCard;
import com.rewardhub.loyalty.card.LoyaltyCardRepository;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/loyalty/cards")
public class LoyaltyCardController {

    public record CardBalance(String cardNumber, String tier, long points) {
    }

    public static class CardNotFoundException extends RuntimeException {
        public CardNotFoundException(String cardNumber) {
            super("No loyalty card " + cardNumber);
        }
    }

    private final LoyaltyCardRepository cards;

    public LoyaltyCardController(LoyaltyCardRepository cards) {
        this.cards = cards;
    }

    @GetMapping("/{cardNumber}")
    public CardBalance balance(@PathVariable String cardNumber) {
        LoyaltyCard card = requireCard(cardNumber);
        return new CardBalance(card.getCardNumber(), card.getTier(), card.getPoints());
    }

    @PostMapping("/{cardNumber}/earn")
    @Transactional
    public CardBalance earn(@PathVariable String cardNumber, @RequestParam long points) {
        LoyaltyCard card = requireCard(cardNumber);
        card.addPoints(points);
        return new CardBalance(card.getCardNumber(), card.getTier(), card.getPoints());
    }

    public LoyaltyCard requireCard(String cardNumber) {
        return cards.findByCardNumber(cardNumber).orElseThrow(() -> new CardNotFoundException(cardNumber));
    }

    @ExceptionHandler(CardNotFoundException.class)
    public ProblemDetail notFound(CardNotFoundException e) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, e.getMessage());
    }
}
