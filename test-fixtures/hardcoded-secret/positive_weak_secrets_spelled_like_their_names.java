// Fields whose weak literal spells the field's own name hold that literal as the secret; constants in capitals that spell their name name a field.
import java.util.Map;
import org.springframework.stereotype.Component;

@Component
class TokenSettings {

    private String secret = "secret"; // expect: hardcoded-secret "`secret`"
    private String adminPassword = "password"; // expect: hardcoded-secret "`adminPassword`"

    public static final String PASSWORD = "password";
    public static final String REFRESH_TOKEN = "refresh_token";

    String secret() {
        return secret;
    }

    Map<String, String> form(String user, String pass) {
        return Map.of("username", user, PASSWORD, pass);
    }

    boolean isAdmin(String given) {
        return adminPassword.equals(given);
    }
}
