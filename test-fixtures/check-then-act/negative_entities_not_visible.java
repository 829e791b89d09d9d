// Spring Data check-then-save where the rule cannot see the entity or the looked-up property: the entity class is not in the scanned sources, or the derived query names a property the declared entity does not have as a field; the rule stays silent.
import java.util.Optional;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;

import com.example.billing.domain.LedgerAccount;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.stereotype.Service;

interface LedgerAccountRepository extends JpaRepository<LedgerAccount, Long> {

    boolean existsByAccountCode(String accountCode);

    Optional<LedgerAccount> findByIban(String iban);
}

@Service
class LedgerOnboarding {

    private final LedgerAccountRepository accounts;

    LedgerOnboarding(LedgerAccountRepository accounts) {
        this.accounts = accounts;
    }

    void open(String accountCode) {
        if (!accounts.existsByAccountCode(accountCode)) {
            accounts.save(LedgerAccount.open(accountCode));
        }
    }

    void openByIban(String iban) {
        if (accounts.findByIban(iban).isEmpty()) {
            accounts.save(LedgerAccount.open(iban));
        }
    }
}

@Entity
class Tag {

    @Id
    @GeneratedValue
    private Long id;

    private String label;

    protected Tag() {
    }

    Tag(String label) {
        this.label = label;
    }

    String getSlug() {
        return label.toLowerCase().replace(' ', '-');
    }
}

interface TagRepository extends JpaRepository<Tag, Long> {

    boolean existsBySlug(String slug);
}

@Service
class TaggingService {

    private final TagRepository tags;

    TaggingService(TagRepository tags) {
        this.tags = tags;
    }

    void tag(String label) {
        var slug = label.toLowerCase().replace(' ', '-');
        if (!tags.existsBySlug(slug)) {
            tags.save(new Tag(label));
        }
    }
}
