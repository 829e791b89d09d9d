package opt.case22;

import java.util.Optional;
import java.util.Properties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

@Component
public class MailRelay {

    private static final Logger log = LoggerFactory.getLogger(MailRelay.class);

    private volatile Optional<SmtpSettings> settings = Optional.empty();

    public void configure(SmtpSettings newSettings) {
        this.settings = Optional.ofNullable(newSettings);
    }

    public Properties javaMailProperties() {
        Properties props = new Properties();
        Optional<SmtpSettings> current = this.settings;
        if (current.isEmpty()) {
            log.info("No SMTP relay configured, mail goes to the log");
            props.setProperty("mail.transport.protocol", "log");
            return props;
        }
        SmtpSettings smtp = current.get();
        props.setProperty("mail.smtp.host", smtp.host());
        props.setProperty("mail.smtp.port", Integer.toString(smtp.port()));
        props.setProperty("mail.smtp.auth", Boolean.toString(smtp.username() != null));
        props.setProperty("mail.smtp.starttls.enable", Boolean.toString(smtp.startTls()));
        return props;
    }
}
