// A request attribute read where the only test around asks something other than the request (a configured recipient): nothing says a filter set it.
import jakarta.servlet.http.HttpServletRequest;

class AlertSender {

    interface Context {
        String locale();
    }

    private final String recipient;

    AlertSender(String recipient) {
        this.recipient = recipient;
    }

    String alert(HttpServletRequest request) {
        Context context = (Context) request.getAttribute("app.context");
        if (recipient != null && !recipient.isBlank()) {
            return context.locale();  // expect: null-dereference "getAttribute("
        }
        return "";
    }
}
