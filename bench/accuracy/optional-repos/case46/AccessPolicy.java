package opt.case46;

import java.util.Optional;
import org.springframework.stereotype.Component;

@Component("accessPolicy")
public class AccessPolicy {

    private final GrantRepository grantRepository;

    public AccessPolicy(GrantRepository grantRepository) {
        this.grantRepository = grantRepository;
    }

    public boolean can(Long userId, Long resourceId, String permission) {
        Optional<Grant> grant = grantRepository.findByUserIdAndResourceId(userId, resourceId);
        return grant.isPresent() && !grant.get().isExpired() && grant.get().covers(permission);
    }

    public boolean needsRenewal(Long userId, Long resourceId) {
        Optional<Grant> grant = grantRepository.findByUserIdAndResourceId(userId, resourceId);
        return !grant.isPresent() || grant.get().isExpired();
    }
}
