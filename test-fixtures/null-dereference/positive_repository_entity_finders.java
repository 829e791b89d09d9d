// Spring Data repository methods declared here that return an entity, not Optional (null when no row matches), dereferenced without a check.
import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.CrudRepository;
import org.springframework.data.repository.query.Param;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@Entity
class MemberAccount {
    @Id
    Long id;
    String email;
    String displayName;
    Instant lastLogin;

    Long getId() {
        return id;
    }

    String getDisplayName() {
        return displayName;
    }

    Instant getLastLogin() {
        return lastLogin;
    }
}

@Entity
class ApiClient {
    @Id
    String clientId;
    String ownerEmail;

    String getOwnerEmail() {
        return ownerEmail;
    }
}

interface MemberAccountRepository extends JpaRepository<MemberAccount, Long> {

    MemberAccount findByEmail(String email);

    @Query("select m from MemberAccount m where lower(m.displayName) = lower(:name)")
    MemberAccount findByDisplayNameIgnoreCase(@Param("name") String name);
}

interface ApiClientRepository extends CrudRepository<ApiClient, String> {

    ApiClient findFirstByOwnerEmail(String ownerEmail);
}

@RestController
class MemberLookupController {

    private final MemberAccountRepository members;
    private final ApiClientRepository clients;

    MemberLookupController(MemberAccountRepository members, ApiClientRepository clients) {
        this.members = members;
        this.clients = clients;
    }

    @GetMapping("/members/by-email")
    Long idForEmail(@RequestParam String email) {
        return members.findByEmail(email).getId();  // expect: null-dereference "findByEmail("
    }

    @GetMapping("/members/by-name/{name}")
    Instant lastLogin(@PathVariable String name) {
        MemberAccount account = members.findByDisplayNameIgnoreCase(name);
        return account.getLastLogin();  // expect: null-dereference "findByDisplayNameIgnoreCase("
    }

    @GetMapping("/clients/owned-by")
    String clientOwner(@RequestParam String email) {
        var client = clients.findFirstByOwnerEmail(email);
        return client.getOwnerEmail().toLowerCase();  // expect: null-dereference "findFirstByOwnerEmail("
    }
}

class MemberInvite {
    String inviterEmail;
    Long inviterId;

    String getInviterEmail() {
        return inviterEmail;
    }

    Long getInviterId() {
        return inviterId;
    }
}

class MemberInviteDto {
    Long inviterId;

    Long getInviterId() {
        return inviterId;
    }
}

@RestController
class MemberInviteController {

    private final jakarta.persistence.EntityManager entityManager;

    MemberInviteController(jakarta.persistence.EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @org.springframework.web.bind.annotation.PostMapping("/invites")
    String inviterName(@org.springframework.web.bind.annotation.RequestBody MemberInvite invite) {
        MemberAccount inviter = entityManager.find(MemberAccount.class, invite.getInviterId());
        return inviter.getDisplayName();  // expect: null-dereference "find("
    }

    String inviterLogin(MemberInviteDto invite) {
        MemberAccount inviter = entityManager.find(MemberAccount.class, invite.getInviterId());
        return inviter.getLastLogin().toString();  // expect: null-dereference "find("
    }

    String inviterLoginOf(MemberInviteDto invite) {
        Long inviterId = invite.getInviterId();
        MemberAccount inviter = entityManager.find(MemberAccount.class, inviterId);
        return inviter.getDisplayName();  // expect: null-dereference "find("
    }
}

class MemberBadge {

    private final jakarta.persistence.EntityManager entityManager;
    private Long memberId;

    MemberBadge(jakarta.persistence.EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    void setMemberId(Long memberId) {
        this.memberId = memberId;
    }

    String badge() {
        MemberAccount member = entityManager.find(MemberAccount.class, memberId);
        return member.getDisplayName().substring(0, 1);  // expect: null-dereference "find("
    }
}
