// Secret-named constants and @Value defaults that hold only placeholders: empty strings, ${..} references and <..> templates.
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

@Component
public class MailProviderSettings {

    public static final String API_KEY = "";
    static final String SMTP_PASSWORD = "${SMTP_PASSWORD}";
    private static final String WEBHOOK_SECRET = "<your-webhook-secret>";
    private static final String DEFAULT_API_TOKEN = "<api-token>";

    private String clientSecret = "";
    private final String deployToken = "${DEPLOY_TOKEN}";

    @Value("${mail.api-key:}")
    private String mailApiKey;

    @Value("${mail.jwt.secret:${MAIL_JWT_SECRET}}")
    private String mailJwtSecret;

    @Value("${mail.smtp.password:${SMTP_PASSWORD:}}")
    private String smtpPassword;

    public boolean configured() {
        return !mailApiKey.isBlank() && !mailJwtSecret.isBlank() && !smtpPassword.isBlank();
    }

    public String describe() {
        return String.join(",", API_KEY, SMTP_PASSWORD, WEBHOOK_SECRET, DEFAULT_API_TOKEN, clientSecret, deployToken);
    }

    public void setClientSecret(String clientSecret) {
        this.clientSecret = clientSecret;
    }
}
