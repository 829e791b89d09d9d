// Spring Data check-then-save in a controller and a service where the entity has indexes and constraints that do not make the looked-up column unique: a plain (non-unique) @Index, @Column(unique = false), and a unique column other than the one checked; an Optional local with isPresent() then throw.
import java.time.Instant;
import java.util.Optional;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.Table;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

@Entity
@Table(name = "label", indexes = @Index(name = "ix_label_name", columnList = "name"))
class IssueLabel {

    @Id
    @GeneratedValue
    private Long id;

    private String name;

    private String color;

    protected IssueLabel() {
    }

    IssueLabel(String name, String color) {
        this.name = name;
        this.color = color;
    }
}

interface IssueLabelRepository extends JpaRepository<IssueLabel, Long> {

    boolean existsByName(String name);
}

@RestController
class IssueLabelController {

    record LabelRequest(String name, String color) {
    }

    private final IssueLabelRepository labels;

    IssueLabelController(IssueLabelRepository labels) {
        this.labels = labels;
    }

    @PostMapping("/labels")
    IssueLabel create(@RequestBody LabelRequest request) {
        if (!labels.existsByName(request.name())) { // expect: check-then-act "`labels`"
            return labels.save(new IssueLabel(request.name(), request.color()));
        }
        throw new ResponseStatusException(HttpStatus.CONFLICT, "label exists");
    }
}

@Entity
class CreatorProfile {

    @Id
    @GeneratedValue
    private Long id;

    @Column(unique = false, length = 40)
    private String handle;

    @Column(unique = true, nullable = false)
    private String accountId;

    private String displayName;

    private Instant createdAt;

    protected CreatorProfile() {
    }

    CreatorProfile(String accountId, String handle, String displayName) {
        this.accountId = accountId;
        this.handle = handle;
        this.displayName = displayName;
        this.createdAt = Instant.now();
    }
}

interface CreatorProfileRepository extends JpaRepository<CreatorProfile, Long> {

    boolean existsByHandle(String handle);

    Optional<CreatorProfile> findByDisplayName(String displayName);

    boolean existsByAccountId(String accountId);
}

@Service
class CreatorProfileService {

    private final CreatorProfileRepository profiles;

    CreatorProfileService(CreatorProfileRepository profiles) {
        this.profiles = profiles;
    }

    CreatorProfile claimHandle(String accountId, String handle) {
        if (profiles.existsByHandle(handle)) // expect: check-then-act "`profiles`"
            throw new IllegalArgumentException("handle @" + handle + " is taken");
        return profiles.save(new CreatorProfile(accountId, handle, handle));
    }

    CreatorProfile createWithDisplayName(String accountId, String displayName) {
        Optional<CreatorProfile> clash = profiles.findByDisplayName(displayName);
        if (clash.isPresent()) { // expect: check-then-act "`profiles`"
            throw new IllegalStateException("display name in use");
        }
        var handle = displayName.toLowerCase().replaceAll("[^a-z0-9]", "");
        return profiles.save(new CreatorProfile(accountId, handle, displayName));
    }

    void ensureProfile(String accountId) {
        if (!profiles.existsByAccountId(accountId)) {
            profiles.save(new CreatorProfile(accountId, "user" + accountId, "New creator"));
        }
    }
}

@RestController
class CreatorProfileController {

    private final CreatorProfileService service;

    CreatorProfileController(CreatorProfileService service) {
        this.service = service;
    }

    @PutMapping("/creators/{accountId}/handle/{handle}")
    CreatorProfile claim(@PathVariable String accountId, @PathVariable String handle) {
        return service.claimHandle(accountId, handle);
    }
}
