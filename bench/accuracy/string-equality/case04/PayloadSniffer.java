package streq.case04;

import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;

@Component
public class PayloadSniffer {

    public MediaType guess(String payload) {
        if (payload == null || payload.isBlank()) {
            return MediaType.TEXT_PLAIN;
        }
        String trimmed = payload.strip();
        if (trimmed.charAt(0) == '{') {
            return MediaType.APPLICATION_JSON;
        }
        if (trimmed.startsWith("<")) {
            return MediaType.APPLICATION_XML;
        }
        return MediaType.TEXT_PLAIN;
    }
}
