// Secrets kept as implicit constants of an interface and as constants of a nested holder class.
import java.util.List;

interface PaymentGatewaySettings {

    String BASE_URL = "https://payments.example.com/v1";
    String API_KEY = "Pg4Xk8Lm2Qw6Zr9Tb3Nc7Vd1Hs5Jf0Ye"; // expect: hardcoded-secret "`API_KEY`"
    String WEBHOOK_SECRET = "Wh7Sc2Rt5Yu8Io1Pa4Sd6Fg9Hj3Kl0Zx"; // expect: hardcoded-secret "`WEBHOOK_SECRET`"
    int MAX_RETRIES = 3;
}

public class PaymentGatewayFactory {

    static final class SftpSettings {
        static final String HOST = "sftp.settlements.example.com";
        static final String USER = "settlement";
        static final String SFTP_PASSWORD = "S3ttl3m3nt!Sftp#9"; // expect: hardcoded-secret "`SFTP_PASSWORD`"
        static final List<String> ALLOWED_KEY_TYPES = List.of("ssh-ed25519", "rsa-sha2-512");

        private SftpSettings() {
        }
    }

    public String describe() {
        return PaymentGatewaySettings.BASE_URL + " via " + SftpSettings.USER + "@" + SftpSettings.HOST
                + " keys=" + PaymentGatewaySettings.API_KEY.length() + "/" + PaymentGatewaySettings.WEBHOOK_SECRET.length()
                + "/" + SftpSettings.SFTP_PASSWORD.length() + " retries=" + PaymentGatewaySettings.MAX_RETRIES;
    }
}
