// A newsletter service that walks a Spring Data page's content with `i <= content.size()` and reads `content.get(i)` past the end.
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import java.util.ArrayList;
import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.stereotype.Service;

@Entity
class Subscriber {

    @Id
    @GeneratedValue
    private Long id;
    private String email;
    private boolean newsletter;

    protected Subscriber() {
    }

    public Long getId() {
        return id;
    }

    public String getEmail() {
        return email;
    }

    public boolean isNewsletter() {
        return newsletter;
    }
}

interface SubscriberRepository extends JpaRepository<Subscriber, Long> {

    Page<Subscriber> findByNewsletterTrue(Pageable pageable);
}

@Service
class NewsletterAudienceService {

    private final SubscriberRepository repository;

    NewsletterAudienceService(SubscriberRepository repository) {
        this.repository = repository;
    }

    public List<String> emails(int pageNumber) {
        Page<Subscriber> page = repository.findByNewsletterTrue(PageRequest.of(pageNumber, 200));
        List<Subscriber> content = page.getContent();
        List<String> emails = new ArrayList<>();
        for (int i = 0; i <= content.size(); i++) { // expect: off-by-one-loop "past the end"
            emails.add(content.get(i).getEmail());
        }
        return emails;
    }
}
