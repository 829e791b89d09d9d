// Spring Data repository of member profiles.
package checkthenact.case19;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface MemberProfileRepository extends JpaRepository<MemberProfile, Long> {

    Optional<MemberProfile> findByExternalSubject(String externalSubject);

    Optional<MemberProfile> findByPublicHandle(String publicHandle);
}
