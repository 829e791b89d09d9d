// The check and the write of a concurrent map, set or repository sit in different methods (a query method and a command method the caller chains): the rule looks inside one method only.
import java.time.Instant;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.stereotype.Service;

@Service
class ApiKeyStore {

    record ApiKey(String keyHash, String owner, Instant issuedAt) {
    }

    private final ConcurrentMap<String, ApiKey> keys = new ConcurrentHashMap<>();
    private final Set<String> revoked = ConcurrentHashMap.newKeySet();

    boolean isIssued(String keyHash) {
        return keys.containsKey(keyHash);
    }

    void store(ApiKey key) {
        keys.put(key.keyHash(), key);
    }

    boolean isRevoked(String keyHash) {
        if (revoked.contains(keyHash)) {
            return true;
        }
        return keys.get(keyHash) == null;
    }

    void revoke(String keyHash) {
        revoked.add(keyHash);
    }
}

@Entity
class NewsletterSubscriber {

    @Id
    @GeneratedValue
    private Long id;

    private String email;

    protected NewsletterSubscriber() {
    }

    NewsletterSubscriber(String email) {
        this.email = email;
    }
}

interface NewsletterSubscriberRepository extends JpaRepository<NewsletterSubscriber, Long> {

    boolean existsByEmail(String email);
}

@Service
class NewsletterService {

    private final NewsletterSubscriberRepository subscribers;

    NewsletterService(NewsletterSubscriberRepository subscribers) {
        this.subscribers = subscribers;
    }

    boolean isSubscribed(String email) {
        if (subscribers.existsByEmail(email)) {
            return true;
        }
        return false;
    }

    void subscribe(String email) {
        subscribers.save(new NewsletterSubscriber(email));
    }
}
