// SimpleDateFormat and DateFormat held in static fields and used from instance methods, a static method, a stream lambda and a servlet, never reassigned: not thread-safe.
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.text.DateFormat;
import java.text.ParseException;
import java.text.SimpleDateFormat;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Service;

record LegacyInvoice(String number, Date issuedAt, long totalCents) {
}

@Service
class InvoicePdfRenderer {

    private static final SimpleDateFormat INVOICE_DATE = new SimpleDateFormat("dd.MM.yyyy", Locale.GERMANY); // expect: mutable-static-field "`INVOICE_DATE`"

    String header(LegacyInvoice invoice) {
        return "Rechnung " + invoice.number() + " vom " + INVOICE_DATE.format(invoice.issuedAt());
    }
}

final class LegacyDates {

    private static final DateFormat ISO_DAY = new SimpleDateFormat("yyyy-MM-dd"); // expect: mutable-static-field "`ISO_DAY`"

    private LegacyDates() {
    }

    static Date parseDay(String text) throws ParseException {
        return ISO_DAY.parse(text);
    }
}

record TimelineEvent(String label, Date at) {
}

class TimelineFormatter {

    private static final DateFormat SHORT_TIME = DateFormat.getTimeInstance(DateFormat.SHORT, Locale.UK); // expect: mutable-static-field "`SHORT_TIME`"

    List<String> lines(List<TimelineEvent> events) {
        return events.stream()
                .map(event -> SHORT_TIME.format(event.at()) + "  " + event.label())
                .toList();
    }
}

class ReportDownloadServlet extends HttpServlet {

    private static SimpleDateFormat httpDate = new SimpleDateFormat("EEE, dd MMM yyyy HH:mm:ss zzz", Locale.US); // expect: mutable-static-field "`httpDate`"

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setHeader("Last-Modified", httpDate.format(new Date()));
        response.getWriter().write("report " + request.getParameter("id"));
    }
}
