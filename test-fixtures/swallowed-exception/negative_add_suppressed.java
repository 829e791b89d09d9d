// A notification fan-out that attaches every delivery failure to a summary exception with addSuppressed and throws it at the end.
import java.util.List;
import org.springframework.stereotype.Service;

@Service
class NotificationFanOut {

    private final MailGateway gateway;

    NotificationFanOut(MailGateway gateway) {
        this.gateway = gateway;
    }

    void notifyAll(List<String> recipients, String subject, String body) {
        IllegalStateException summary = null;
        for (String recipient : recipients) {
            try {
                gateway.send(recipient, subject, body);
            } catch (MailDeliveryException e) {
                if (summary == null) {
                    summary = new IllegalStateException("Some notifications could not be delivered");
                }
                summary.addSuppressed(e);
            }
        }
        if (summary != null) {
            throw summary;
        }
    }

    void closeAll(List<AutoCloseable> channels) throws Exception {
        Exception first = null;
        for (AutoCloseable channel : channels) {
            try {
                channel.close();
            } catch (Exception e) {
                if (first == null) {
                    first = e;
                } else {
                    first.addSuppressed(e);
                }
            }
        }
        if (first != null) {
            throw first;
        }
    }
}
