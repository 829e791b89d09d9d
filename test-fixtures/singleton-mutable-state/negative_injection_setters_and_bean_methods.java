// Fields written by the container: @Autowired, @Inject and @Value setters, an @Autowired configuration method, @Bean factory methods of a @Configuration, and injected fields no code writes.
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.stereotype.Service;

@Service
class NotificationDispatcher {

    interface MailGateway {
        void send(String to, String text);
    }

    interface SmsGateway {
        void send(String number, String text);
    }

    interface Channel {
        int priority();

        boolean deliver(String recipient, String text);
    }

    @Autowired
    private MailGateway mail;

    @Value("${notifications.retries:3}")
    private int retries;

    private SmsGateway sms;
    private Duration timeout;
    private List<Channel> channels;

    @Autowired
    void setSms(SmsGateway sms) {
        this.sms = sms;
    }

    @Value("${notifications.timeout:PT5S}")
    void setTimeout(Duration timeout) {
        this.timeout = timeout;
    }

    @Autowired
    void configureChannels(List<Channel> available) {
        channels = new ArrayList<>(available);
        channels.sort(Comparator.comparingInt(Channel::priority));
    }

    void dispatch(String recipient, String text) {
        for (int attempt = 0; attempt < retries; attempt++) {
            for (var channel : channels) {
                if (channel.deliver(recipient, text)) {
                    return;
                }
            }
        }
        mail.send(recipient, text + " (after " + timeout + ")");
        sms.send(recipient, text);
    }
}

@ApplicationScoped
class SearchIndexClient {

    record IndexSettings(String url, int shards) {
    }

    private IndexSettings settings;

    @Inject
    void setSettings(IndexSettings settings) {
        this.settings = settings;
    }

    String endpoint(String index) {
        return settings.url() + "/" + index;
    }
}

@Configuration
class MessagingConfiguration {

    record QueueNames(List<String> names) {
    }

    private ExecutorService listenerPool;
    private List<String> declaredQueues = new ArrayList<>();

    @Bean
    ExecutorService listenerPool() {
        listenerPool = Executors.newFixedThreadPool(4);
        return listenerPool;
    }

    @Bean
    QueueNames queueNames() {
        declaredQueues.add("orders");
        declaredQueues.add("invoices");
        return new QueueNames(List.copyOf(declaredQueues));
    }

    @PreDestroy
    void shutdown() {
        listenerPool.shutdown();
    }
}
