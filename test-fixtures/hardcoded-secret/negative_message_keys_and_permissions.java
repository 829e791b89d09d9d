// Constants named for passwords and tokens that hold message keys, permission identifiers and SpEL defaults, not secrets.
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

final class AccountMessages {

    public static final String INVALID_PASSWORD = "invalidPasswordMessage";
    public static final String EXPIRED_ACTION_TOKEN = "expiredActionTokenMessage";
    public static final String RESET_CREDENTIAL_NOT_ALLOWED = "resetCredentialNotAllowedMessage";
    public static final String ACCESS_TOKEN_CREATE = "security:token:create";
    public static final String ACCESS_TOKEN_DELETE = "security:token:delete";
    public static final String API_KEY_ROTATE = "admin/api-key/rotate";

    private AccountMessages() {
    }
}

@Component
class DirectoryBinding {

    @Value("${directory.ldap.password:#{null}}")
    private String bindPassword;

    @Value("${directory.ldap.token:#{environment['LDAP_TOKEN']}}")
    private String bindToken;

    String describe() {
        return bindPassword == null ? "anonymous" : "bound";
    }
}
