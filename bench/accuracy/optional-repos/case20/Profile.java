package opt.case20;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;

@Entity
public class Profile {

    @Id
    private Long userId;

    private String displayName;

    private String avatarUrl;

    private String locale;

    public Profile() {
    }

    public Profile(Long userId, String locale) {
        this.userId = userId;
        this.locale = locale;
    }

    public Long getUserId() {
        return userId;
    }

    public String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(String displayName) {
        this.displayName = displayName;
    }

    public String getAvatarUrl() {
        return avatarUrl;
    }

    public String getLocale() {
        return locale;
    }
}
