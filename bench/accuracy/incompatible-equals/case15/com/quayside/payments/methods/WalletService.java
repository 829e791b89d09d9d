package com.quayside.payments.methods;

import java.util.List;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

@Service
public class WalletService {

    private static final Logger log = LoggerFactory.getLogger(WalletService.class);

    private final List<PaymentMethod> methods = new CopyOnWriteArrayList<>();
    private volatile PaymentMethod defaultMethod;

    public void addCard(String fingerprint, String last4, String brand, boolean makeDefault) {
        CardPaymentMethod card = new CardPaymentMethod(fingerprint, last4, brand);
        if (methods.contains(card)) {
            log.debug("Card {} already in wallet", card.displayName());
        } else {
            methods.add(card);
        }
        if (makeDefault || defaultMethod == null) {
            defaultMethod = card;
        }
    }

    public boolean isDefault(CardPaymentMethod candidate) {
        return Objects.equals(defaultMethod, candidate);
    }

    public List<PaymentMethod> methods() {
        return List.copyOf(methods);
    }
}
