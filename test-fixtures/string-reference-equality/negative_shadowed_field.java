// An HTTP client wrapper where int locals shadow String fields of the same name and are compared with ==.
import org.springframework.stereotype.Component;

@Component
public class UpstreamStatusClient {

    private String status = "UNKNOWN";
    private String code = "none";

    public boolean isOk(int responseCode) {
        int status = responseCode / 100;
        return status == 2;
    }

    public boolean isRateLimited(int responseCode) {
        int code = responseCode;
        return code == 429;
    }

    public boolean hasStatus() {
        return status != null && code != null;
    }

    public void update(String status, String code) {
        this.status = status;
        this.code = code;
    }
}
