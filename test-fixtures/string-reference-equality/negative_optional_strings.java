// A settings service that compares Optional<String> instances (not Strings) with == and !=.
import java.util.Optional;
import org.springframework.stereotype.Service;

@Service
public class UserSettingsService {

    private static final Optional<String> NO_THEME = Optional.empty();

    private Optional<String> cachedTheme = Optional.empty();

    public boolean isUnsetTheme(Optional<String> theme) {
        return theme == NO_THEME;
    }

    public boolean themeChanged(Optional<String> incoming) {
        var previous = cachedTheme;
        cachedTheme = incoming;
        return previous != incoming;
    }

    public boolean sameLanguage(Optional<String> a, Optional<String> b) {
        return a == b || a.equals(b);
    }
}
