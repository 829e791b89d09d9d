package opt.case20;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
public class ProfileService {

    private static final Logger log = LoggerFactory.getLogger(ProfileService.class);
    private static final String DEFAULT_AVATAR = "/static/avatar-default.png";

    private final ProfileRepository profileRepository;

    public ProfileService(ProfileRepository profileRepository) {
        this.profileRepository = profileRepository;
    }

    public String avatarFor(Long userId) {
        return profileRepository.findById(userId)
                .map(Profile::getAvatarUrl)
                .filter(url -> !url.isBlank())
                .orElse(DEFAULT_AVATAR);
    }

    @Transactional
    public Profile ensureProfile(Long userId, String locale) {
        return profileRepository.findById(userId)
                .orElseGet(() -> profileRepository.save(new Profile(userId, locale)));
    }

    @Transactional
    public void rename(Long userId, String displayName) {
        profileRepository.findById(userId).ifPresent(p -> p.setDisplayName(displayName));
    }

    public void logLocale(Long userId) {
        profileRepository.findById(userId).ifPresentOrElse(
                p -> log.debug("User {} uses locale {}", userId, p.getLocale()),
                () -> log.debug("User {} has no profile", userId));
    }
}
