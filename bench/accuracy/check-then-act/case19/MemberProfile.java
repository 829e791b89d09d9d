// A member profile linked to the identity provider's subject, with a unique public handle
// shown in URLs.
package checkthenact.case19;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

@Entity
@Table(name = "member_profile")
public class MemberProfile {

    @Id
    @GeneratedValue
    private Long id;

    @Column(name = "external_subject", nullable = false, length = 128)
    private String externalSubject;

    @Column(name = "public_handle", unique = true, nullable = false, length = 16)
    private String publicHandle;

    private String email;

    @Column(name = "display_name")
    private String displayName;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected MemberProfile() {
    }

    public MemberProfile(String externalSubject, String publicHandle, String email, String displayName,
                         Instant createdAt) {
        this.externalSubject = externalSubject;
        this.publicHandle = publicHandle;
        this.email = email;
        this.displayName = displayName;
        this.createdAt = createdAt;
    }

    public Long getId() { return id; }
    public String getExternalSubject() { return externalSubject; }
    public String getPublicHandle() { return publicHandle; }
    public String getEmail() { return email; }
    public String getDisplayName() { return displayName; }
    public Instant getCreatedAt() { return createdAt; }
}
