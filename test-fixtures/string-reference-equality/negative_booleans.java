// A feature toggle service that compares boolean and Boolean flags parsed from String properties.
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

@Service
public class SearchFeatureToggles {

    @Value("${search.fuzzy:false}")
    private String fuzzyFlag;

    private boolean previouslyEnabled;

    public boolean fuzzyEnabled() {
        return Boolean.parseBoolean(fuzzyFlag) == true;
    }

    public boolean toggled() {
        boolean now = "true".equals(fuzzyFlag);
        boolean changed = now != previouslyEnabled;
        previouslyEnabled = now;
        return changed;
    }

    public boolean matches(Boolean wanted) {
        Boolean actual = Boolean.valueOf(fuzzyFlag);
        return actual == wanted;
    }

    public boolean emptyFlag() {
        return fuzzyFlag.isEmpty() == false;
    }
}
