// An Optional held in a local (explicit type and var) and read with get() with no check, from a repository finder and from a JDK API.
import java.util.Optional;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;

import org.springframework.data.jpa.repository.JpaRepository;

@Entity
class CustomerProfile {
    @Id
    Long id;
    String email;
    String preferredLanguage;

    String getPreferredLanguage() {
        return preferredLanguage;
    }
}

interface CustomerProfileRepository extends JpaRepository<CustomerProfile, Long> {

    Optional<CustomerProfile> findByEmail(String email);
}

class NewsletterService {

    private final CustomerProfileRepository profiles;

    NewsletterService(CustomerProfileRepository profiles) {
        this.profiles = profiles;
    }

    String languageFor(String email) {
        Optional<CustomerProfile> profile = profiles.findByEmail(email);
        return profile.get().getPreferredLanguage();  // expect: optional-get-unchecked "`profile."
    }

    long parentProcessId() {
        var parent = ProcessHandle.current().parent();
        return parent.get().pid();  // expect: optional-get-unchecked "`parent."
    }
}
