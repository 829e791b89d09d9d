package nulls.case21;

import java.util.Map;

import org.springframework.stereotype.Component;

/**
 * Derives the name shown in the UI from the attributes the identity provider sent.
 */
@Component
public class ProfileDisplayNames {

    public String displayName(Map<String, String> attributes) {
        String displayName = attributes.get("display_name");
        String email = attributes.get("email");
        if (email == null) {
            throw new IllegalStateException("identity provider sent no email attribute");
        }
        return displayName.isBlank() ? email : displayName.strip(); // deref
    }
}
