// Entities hiding their secret fields with class-level @JsonIgnoreProperties or @JsonProperty(access = WRITE_ONLY): near misses that keep only the plain warning.
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@Entity
@JsonIgnoreProperties({"passwordHash", "hibernateLazyInitializer"})
class LoyaltyMember {

    @Id
    @GeneratedValue
    private Long id;
    private String memberNumber;
    private int points;
    private String passwordHash;

    public Long getId() { return id; }
    public String getMemberNumber() { return memberNumber; }
    public int getPoints() { return points; }
    public String getPasswordHash() { return passwordHash; }
}

@Entity
class NewsletterSubscriber {

    @Id
    @GeneratedValue
    private Long id;
    private String email;

    @JsonProperty(access = JsonProperty.Access.WRITE_ONLY)
    private String unsubscribeToken;

    public Long getId() { return id; }
    public String getEmail() { return email; }
    public String getUnsubscribeToken() { return unsubscribeToken; }
}

interface LoyaltyMemberRepository extends JpaRepository<LoyaltyMember, Long> {
}

interface NewsletterSubscriberRepository extends JpaRepository<NewsletterSubscriber, Long> {
}

@RestController
@RequestMapping("/api/marketing")
class MarketingController {

    private final LoyaltyMemberRepository members;
    private final NewsletterSubscriberRepository subscribers;

    MarketingController(LoyaltyMemberRepository members, NewsletterSubscriberRepository subscribers) {
        this.members = members;
        this.subscribers = subscribers;
    }

    @GetMapping("/members/{id}")
    public Optional<LoyaltyMember> member(@PathVariable Long id) { // expect: entity-in-response "`LoyaltyMember`"
        return members.findById(id);
    }

    @PostMapping("/subscribers")
    public ResponseEntity<NewsletterSubscriber> subscribe(@RequestBody NewsletterSubscriber subscriber) { // expect: entity-in-response "`NewsletterSubscriber`"
        return ResponseEntity.ok(subscribers.save(subscriber));
    }
}
