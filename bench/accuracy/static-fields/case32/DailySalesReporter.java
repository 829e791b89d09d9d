// Daily sales summary mailed to management after the shops close.
package staticfields.case32;

import java.time.LocalDate;
import java.time.ZoneId;

import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;

@Service
public class DailySalesReporter {

    private static final ZoneId STORE_ZONE = ZoneId.of("Europe/Paris");
    private static final String RECIPIENT = "management@example.com";
    private static double revenueToday; // static

    private final SaleRepository sales;
    private final JavaMailSender mailSender;

    public DailySalesReporter(SaleRepository sales, JavaMailSender mailSender) {
        this.sales = sales;
        this.mailSender = mailSender;
    }

    @Scheduled(cron = "0 30 21 * * *", zone = "Europe/Paris")
    public void sendSummary() {
        var today = LocalDate.now(STORE_ZONE);
        var todaysSales = sales.findBySoldOn(today);
        revenueToday = 0;
        todaysSales.forEach(sale -> revenueToday += sale.getAmount());

        var message = new SimpleMailMessage();
        message.setTo(RECIPIENT);
        message.setSubject("Sales for " + today);
        message.setText("""
                Sales on %s
                Tickets: %d
                Revenue: %.2f EUR
                """.formatted(today, todaysSales.size(), revenueToday));
        mailSender.send(message);
    }
}
