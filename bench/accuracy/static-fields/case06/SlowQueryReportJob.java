// Weekly job that mails the slow query summary to the database team.
package staticfields.case06;

import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;

import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

@Component
public class SlowQueryReportJob {

    private static final Duration THRESHOLD = Duration.ofMillis(500);

    private final QueryTimingSource source;
    private final JavaMailSender mailSender;

    public SlowQueryReportJob(QueryTimingSource source, JavaMailSender mailSender) {
        this.source = source;
        this.mailSender = mailSender;
    }

    @Scheduled(cron = "0 0 7 * * MON")
    public void mailReport() {
        var lines = SlowQueryReport.summarize(source.lastWeek(), THRESHOLD);
        var message = new SimpleMailMessage();
        message.setTo("dba@example.com");
        message.setSubject("Slow queries: " + lines.size() + " statements");
        message.setText(lines.stream()
                .map(l -> "%6d ms max, %6d ms avg, %5d x  %s".formatted(l.maxMillis(), l.averageMillis(), l.count(), l.statement()))
                .collect(Collectors.joining("\n")));
        mailSender.send(message);
    }

    public interface QueryTimingSource {
        List<SlowQueryReport.QueryTiming> lastWeek();
    }
}
