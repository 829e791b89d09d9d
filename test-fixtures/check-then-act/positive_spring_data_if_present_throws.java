// A lookup whose ifPresent(..) lambda throws when a row exists, and a save after it: the same check-then-insert as an if, written as a statement. A lambda that only logs or updates the row found checks nothing; a unique column guards the insert.
import java.util.Optional;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.stereotype.Service;

@Entity
class PartnerCompany {

    @Id
    @GeneratedValue
    private Long id;

    private String contactEmail;

    private String displayName;

    @Column(unique = true)
    private String vatNumber;

    protected PartnerCompany() {
    }

    PartnerCompany(String contactEmail, String displayName, String vatNumber) {
        this.contactEmail = contactEmail;
        this.displayName = displayName;
        this.vatNumber = vatNumber;
    }

    void rename(String name) {
        this.displayName = name;
    }
}

interface PartnerCompanyRepository extends JpaRepository<PartnerCompany, Long> {

    Optional<PartnerCompany> findByContactEmailIgnoreCase(String contactEmail);

    Optional<PartnerCompany> findByDisplayName(String displayName);

    Optional<PartnerCompany> findByVatNumber(String vatNumber);
}

record PartnerSignup(String email, String name, String vat) {
}

class PartnerAlreadyExists extends RuntimeException {
    PartnerAlreadyExists(String message) {
        super(message);
    }
}

@Service
class PartnerOnboardingService {

    private static final Logger log = LoggerFactory.getLogger(PartnerOnboardingService.class);

    private final PartnerCompanyRepository companies;

    PartnerOnboardingService(PartnerCompanyRepository companies) {
        this.companies = companies;
    }

    PartnerCompany signUp(PartnerSignup signup) {
        companies.findByContactEmailIgnoreCase(signup.email()).ifPresent(existing -> { // expect: check-then-act "`companies`"
            throw new PartnerAlreadyExists("a partner already uses " + signup.email());
        });
        return companies.save(new PartnerCompany(signup.email(), signup.name(), signup.vat()));
    }

    PartnerCompany register(PartnerSignup signup) {
        var sameName = companies.findByDisplayName(signup.name());
        sameName.ifPresent(existing -> { // expect: check-then-act "`companies`"
            log.warn("duplicate partner name {}", signup.name());
            throw new PartnerAlreadyExists(signup.name());
        });
        var company = new PartnerCompany(signup.email(), signup.name(), signup.vat());
        return companies.save(company);
    }

    // the VAT number is a unique column: the database refuses the second insert
    PartnerCompany registerByVat(PartnerSignup signup) {
        companies.findByVatNumber(signup.vat()).ifPresent(existing -> {
            throw new PartnerAlreadyExists(signup.vat());
        });
        return companies.save(new PartnerCompany(signup.email(), signup.name(), signup.vat()));
    }

    // the lambda only logs: nothing stops the insert, and nothing was checked
    PartnerCompany importPartner(PartnerSignup signup) {
        companies.findByContactEmailIgnoreCase(signup.email())
                .ifPresent(existing -> log.info("re-importing partner {}", signup.email()));
        return companies.save(new PartnerCompany(signup.email(), signup.name(), signup.vat()));
    }

    // the lambda updates the row found; the save stores that row
    void renamePartner(String email, String name) {
        companies.findByContactEmailIgnoreCase(email).ifPresent(existing -> {
            existing.rename(name);
            companies.save(existing);
        });
    }
}
