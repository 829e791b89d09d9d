// Reactor publishers that run or are handed on: subscribe(..) and block() at the end of a chain, returned from handlers, composed with then/flatMap/Mono.when, assigned and subscribed later, and ReactiveAuditClient.record (dropped in positive_reactor_publishers_never_subscribed.java) composed here.
import java.time.Duration;
import java.time.Instant;

import jakarta.annotation.PreDestroy;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.data.repository.reactive.ReactiveCrudRepository;
import org.springframework.stereotype.Component;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.reactive.function.client.WebClient;

import reactor.core.Disposable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

record AuditRecord(String action, String subject, Instant at) {
}

record Profile(String id, String displayName, String avatarUrl) {
}

interface ProfileRepository extends ReactiveCrudRepository<Profile, String> {
}

@Component
class ReactiveAuditClient {

    private final WebClient auditWebClient;

    ReactiveAuditClient(WebClient auditWebClient) {
        this.auditWebClient = auditWebClient;
    }

    Mono<Void> record(String action, String subject) {
        return auditWebClient.post()
                .uri("/audit")
                .bodyValue(new AuditRecord(action, subject, Instant.now()))
                .retrieve()
                .bodyToMono(Void.class);
    }
}

@RestController
class ProfileController {

    private static final Logger log = LoggerFactory.getLogger(ProfileController.class);

    private final ProfileRepository profiles;
    private final ReactiveAuditClient audit;
    private final WebClient avatarClient;
    private Disposable heartbeat;

    ProfileController(ProfileRepository profiles, ReactiveAuditClient audit, WebClient avatarClient) {
        this.profiles = profiles;
        this.audit = audit;
        this.avatarClient = avatarClient;
    }

    @GetMapping("/profiles/{id}")
    Mono<Profile> get(@PathVariable String id) {
        return profiles.findById(id);
    }

    @PutMapping("/profiles/{id}")
    Mono<Profile> update(@PathVariable String id, @RequestBody Profile profile) {
        return profiles.save(profile)
                .flatMap(saved -> audit.record("profile.updated", id).thenReturn(saved));
    }

    Mono<Void> remove(String id) {
        return Mono.when(profiles.deleteById(id), audit.record("profile.removed", id));
    }

    void refreshAvatar(String id, String avatarUrl) {
        avatarClient.get().uri(avatarUrl).retrieve().bodyToMono(byte[].class)
                .subscribe(bytes -> log.info("avatar of {} is {} bytes", id, bytes.length),
                        failure -> log.warn("avatar of {} unavailable", id, failure));
    }

    Profile loadBlocking(String id) {
        return profiles.findById(id).block(Duration.ofSeconds(2));
    }

    void rename(String id, String displayName) {
        Mono<Profile> renamed = profiles.findById(id)
                .map(p -> new Profile(p.id(), displayName, p.avatarUrl()))
                .flatMap(profiles::save);
        log.debug("renaming {}", id);
        renamed.subscribe();
    }

    void purge(String id) {
        profiles.deleteById(id).then(audit.record("profile.purged", id)).block();
    }

    @EventListener(ApplicationReadyEvent.class)
    void startHeartbeat() {
        heartbeat = Flux.interval(Duration.ofMinutes(1))
                .flatMap(tick -> audit.record("heartbeat", "profiles"))
                .subscribe();
    }

    @PreDestroy
    void stopHeartbeat() {
        if (heartbeat != null) {
            heartbeat.dispose();
        }
    }
}
