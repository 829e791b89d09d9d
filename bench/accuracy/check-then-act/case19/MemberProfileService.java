// Member profiles are created lazily from the identity provider's token: the first call of a
// signed-in member stores a profile for the token's subject, later calls read it.
package checkthenact.case19;

import java.time.Instant;
import java.util.UUID;

import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.stereotype.Service;

@Service
public class MemberProfileService {

    private final MemberProfileRepository profiles;

    public MemberProfileService(MemberProfileRepository profiles) {
        this.profiles = profiles;
    }

    public MemberProfile current(Jwt token) {
        var subject = token.getSubject();
        if (profiles.findByExternalSubject(subject).isEmpty()) { // race
            var handle = "m-" + UUID.randomUUID().toString().substring(0, 8);
            var profile = new MemberProfile(subject, handle, token.getClaimAsString("email"),
                    token.getClaimAsString("name"), Instant.now());
            profiles.save(profile);
        }
        return profiles.findByExternalSubject(subject).orElseThrow();
    }
}
