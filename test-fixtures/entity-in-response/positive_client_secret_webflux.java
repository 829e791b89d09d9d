// A WebFlux admin API returning the OAuthClientRegistration entity declared here, whose clientSecret field is serialized.
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import java.util.List;
import java.util.Set;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

@Entity
class OAuthClientRegistration {

    @Id
    @GeneratedValue
    private Long id;
    private String clientId;
    private String clientSecret;
    private String redirectUri;

    @ElementCollection
    private Set<String> scopes;

    public Long getId() { return id; }
    public String getClientId() { return clientId; }
    public String getClientSecret() { return clientSecret; }
    public String getRedirectUri() { return redirectUri; }
    public Set<String> getScopes() { return scopes; }
}

interface OAuthClientRegistrationRepository extends JpaRepository<OAuthClientRegistration, Long> {
    List<OAuthClientRegistration> findByClientId(String clientId);
}

@RestController
@RequestMapping("/admin/oauth-clients")
class OAuthClientAdminController {

    private final OAuthClientRegistrationRepository registrations;

    OAuthClientAdminController(OAuthClientRegistrationRepository registrations) {
        this.registrations = registrations;
    }

    @GetMapping
    public Flux<OAuthClientRegistration> clients() { // expect: entity-in-response "`clientSecret`"
        return Flux.fromStream(() -> registrations.findAll().stream())
                .subscribeOn(Schedulers.boundedElastic());
    }

    @GetMapping("/{clientId}")
    public Mono<ResponseEntity<OAuthClientRegistration>> client(@PathVariable String clientId) { // expect: entity-in-response "`clientSecret`"
        return Mono.fromCallable(() -> registrations.findByClientId(clientId))
                .subscribeOn(Schedulers.boundedElastic())
                .map(found -> found.isEmpty()
                        ? ResponseEntity.notFound().<OAuthClientRegistration>build()
                        : ResponseEntity.ok(found.get(0)));
    }

    @GetMapping("/{clientId}/scopes")
    public Mono<Set<String>> scopes(@PathVariable String clientId) {
        return Mono.fromCallable(() -> registrations.findByClientId(clientId).get(0).getScopes())
                .subscribeOn(Schedulers.boundedElastic());
    }
}
