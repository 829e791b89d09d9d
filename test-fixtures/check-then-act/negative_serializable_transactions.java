// Spring Data check-then-save inside @Transactional(isolation = SERIALIZABLE): on the method, on the class, and through a static import of Isolation.SERIALIZABLE; the database serialises the check with the insert.
import static org.springframework.transaction.annotation.Isolation.SERIALIZABLE;

import java.util.Optional;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

@Entity
class GiftCard {

    @Id
    @GeneratedValue
    private Long id;

    private String cardNumber;

    private String purchaserEmail;

    protected GiftCard() {
    }

    GiftCard(String cardNumber, String purchaserEmail) {
        this.cardNumber = cardNumber;
        this.purchaserEmail = purchaserEmail;
    }
}

interface GiftCardRepository extends JpaRepository<GiftCard, Long> {

    boolean existsByCardNumber(String cardNumber);

    Optional<GiftCard> findByCardNumber(String cardNumber);

    long countByPurchaserEmail(String purchaserEmail);
}

@Service
class GiftCardIssuer {

    private final GiftCardRepository giftCards;

    GiftCardIssuer(GiftCardRepository giftCards) {
        this.giftCards = giftCards;
    }

    @Transactional(isolation = Isolation.SERIALIZABLE)
    GiftCard issue(String cardNumber, String purchaserEmail) {
        if (giftCards.existsByCardNumber(cardNumber)) {
            throw new IllegalStateException("card already issued");
        }
        return giftCards.save(new GiftCard(cardNumber, purchaserEmail));
    }

    @Transactional(isolation = SERIALIZABLE, timeout = 10)
    void issueWelcomeCard(String purchaserEmail) {
        if (giftCards.countByPurchaserEmail(purchaserEmail) == 0) {
            giftCards.save(new GiftCard("WELCOME-" + purchaserEmail.hashCode(), purchaserEmail));
        }
    }
}

@Service
@Transactional(isolation = Isolation.SERIALIZABLE)
class GiftCardImporter {

    private final GiftCardRepository repository;

    GiftCardImporter(GiftCardRepository repository) {
        this.repository = repository;
    }

    void importCard(String cardNumber, String purchaserEmail) {
        var existing = repository.findByCardNumber(cardNumber);
        if (existing.isPresent()) {
            return;
        }
        repository.saveAndFlush(new GiftCard(cardNumber, purchaserEmail));
    }

    void importIfMissing(String cardNumber, String purchaserEmail) {
        if (!repository.existsByCardNumber(cardNumber)) {
            repository.save(new GiftCard(cardNumber, purchaserEmail));
        }
    }
}
