// A settings bean whose catch blocks hold only a comment, so a bad environment value silently becomes the default.
import java.time.Duration;
import java.time.format.DateTimeParseException;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

@Component
class HttpClientSettings {

    private final Duration connectTimeout;
    private final Duration readTimeout;

    HttpClientSettings(Environment environment) {
        Duration connect = Duration.ofSeconds(5);
        try {
            connect = Duration.parse(environment.getProperty("http.connect-timeout", "PT5S"));
        } catch (DateTimeParseException e) { // expect: swallowed-exception "DateTimeParseException"
            // keep the default
        }
        this.connectTimeout = connect;

        Duration read = Duration.ofSeconds(30);
        try {
            read = Duration.ofMillis(Long.parseLong(environment.getProperty("http.read-timeout-ms", "30000")));
        } catch (NumberFormatException e) { // expect: swallowed-exception "NumberFormatException"
            /* not a number: the 30 second default applies */
        }
        this.readTimeout = read;
    }

    Duration connectTimeout() {
        return connectTimeout;
    }

    Duration readTimeout() {
        return readTimeout;
    }
}
