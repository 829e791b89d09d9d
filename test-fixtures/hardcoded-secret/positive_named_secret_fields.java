// A payment client whose fields and constants named like secrets, passwords, tokens, API keys and credentials hold literal values (changeme included), next to quiet name-holding constants.
import java.util.Map;
import org.springframework.stereotype.Component;

@Component
public class PaymentProviderClient {

    public static final String API_KEY_HEADER = "X-API-Key";
    private static final String TOKEN_PREFIX = "Bearer ";
    private static final String CLIENT_SECRET_PARAM = "client_secret";

    private static final String JWT_SECRET = "N3v3rGu3ss-Th1s-S1gn1ng-K3y-7f2a9c"; // expect: hardcoded-secret "`JWT_SECRET`"
    static final String DB_PASSWD = "Pg!m41n#Db"; // expect: hardcoded-secret "`DB_PASSWD`"
    private static final String ADMIN_PASSWORD = "changeme"; // expect: hardcoded-secret "`ADMIN_PASSWORD`"
    private static String sftpCredential = "Sf7p#Upl0ad!2023"; // expect: hardcoded-secret "`sftpCredential`"

    private final String apiKey = "pk_9Hd3Ks7Lq2Wz5Xc8Vb1Nm4Rt6Yu0Io"; // expect: hardcoded-secret "`apiKey`"
    private String clientSecret = "Cs5Tg8Yh1Uj4Ik7Ol0Pa3Sd6Fg9Hj2Kl"; // expect: hardcoded-secret "`clientSecret`"
    private final String refresh_token = "rt_8Kd2Lq6Wz9Xc3Vb7Nm1Rt5Yu0Io4Pa"; // expect: hardcoded-secret "`refresh_token`"

    public Map<String, String> authHeaders() {
        return Map.of(API_KEY_HEADER, apiKey);
    }

    public Map<String, String> tokenRequestForm(String clientId) {
        return Map.of("client_id", clientId, CLIENT_SECRET_PARAM, clientSecret, "refresh_token", refresh_token);
    }

    public String bearer(String accessToken) {
        return TOKEN_PREFIX + accessToken;
    }

    String describe() {
        return "jwt=" + JWT_SECRET.length() + " db=" + DB_PASSWD.length() + " admin=" + ADMIN_PASSWORD.length()
                + " sftp=" + sftpCredential.length();
    }
}
