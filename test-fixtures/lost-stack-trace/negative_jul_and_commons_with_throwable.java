// java.util.logging, commons-logging and Spring's LogAccessor calls in catch blocks that pass the caught exception as the Throwable argument.
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.core.log.LogAccessor;

class SmsNotificationSender {

    private static final Logger LOG = Logger.getLogger(SmsNotificationSender.class.getName());

    private final HttpClient http = HttpClient.newHttpClient();

    boolean send(String phone, String text) {
        try {
            HttpRequest request = HttpRequest.newBuilder(URI.create("https://sms.example.com/send"))
                    .POST(HttpRequest.BodyPublishers.ofString(phone + ":" + text))
                    .build();
            return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 202;
        } catch (IOException e) {
            LOG.log(Level.WARNING, "SMS to " + phone + " failed: " + e.getMessage(), e);
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            LOG.log(Level.WARNING, e, () -> "SMS to " + phone + " interrupted");
            return false;
        }
    }

    boolean ping() {
        try {
            return http.send(HttpRequest.newBuilder(URI.create("https://sms.example.com/ping")).build(),
                    HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        } catch (IOException | InterruptedException e) {
            LOG.logp(Level.FINE, SmsNotificationSender.class.getName(), "ping", "SMS gateway ping failed", e);
            return false;
        }
    }
}

class MailTemplateRenderer {

    private final Log logger = LogFactory.getLog(MailTemplateRenderer.class);
    private final LogAccessor accessLog = new LogAccessor(MailTemplateRenderer.class);

    String render(String template, Object... args) {
        try {
            return String.format(template, args);
        } catch (IllegalArgumentException ex) {
            logger.error("Template rendering failed: " + ex.getMessage(), ex);
            return template;
        }
    }

    String subject(String raw) {
        try {
            return raw.substring(0, raw.indexOf('\n'));
        } catch (StringIndexOutOfBoundsException ex) {
            accessLog.debug(ex, () -> "Single-line subject: " + ex.getMessage());
            return raw;
        }
    }
}
