// Other work without the exception (a fallback, a flag, a compensating call) does not handle the failure: nothing is logged, rethrown or returned, so the catalog counts it as swallowed.
import java.util.IllformedLocaleException;
import java.util.Locale;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

@Component
class MailServerSettings {

    private final int port;
    private final Locale defaultLocale;

    MailServerSettings(Environment environment) {
        int configuredPort;
        try {
            configuredPort = Integer.parseInt(environment.getProperty("smtp.port", "587"));
        } catch (NumberFormatException e) { // expect: swallowed-exception "NumberFormatException"
            configuredPort = 587;
        }
        this.port = configuredPort;

        Locale locale;
        try {
            locale = new Locale.Builder().setLanguageTag(environment.getProperty("mail.locale", "en")).build();
        } catch (IllformedLocaleException e) { // expect: swallowed-exception "IllformedLocaleException"
            locale = Locale.ENGLISH;
        }
        this.defaultLocale = locale;
    }

    int port() {
        return port;
    }

    Locale defaultLocale() {
        return defaultLocale;
    }
}
