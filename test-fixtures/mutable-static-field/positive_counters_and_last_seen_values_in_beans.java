// Non-final static counters, totals and "last seen" values written by request handlers of a @Service, a @RestController (a volatile counter), a servlet and a CDI bean.
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Instant;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Service;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

record PlaceOrderRequest(String customerId, BigDecimal amount) {
}

@Service
class CheckoutService {

    private static final String ORDER_PREFIX = "ORD-";

    private static long ordersPlaced; // expect: mutable-static-field "`ordersPlaced`"
    private static String lastOrderId; // expect: mutable-static-field "`lastOrderId`"
    private static BigDecimal revenueToday = BigDecimal.ZERO; // expect: mutable-static-field "`revenueToday`"

    String placeOrder(PlaceOrderRequest request) {
        String orderId = ORDER_PREFIX + (++ordersPlaced);
        lastOrderId = orderId;
        revenueToday = revenueToday.add(request.amount());
        return orderId;
    }

    String lastOrderId() {
        return lastOrderId;
    }

    void closeDay() {
        revenueToday = BigDecimal.ZERO;
    }
}

@RestController
class CheckoutController {

    private static volatile int inFlight; // expect: mutable-static-field "`inFlight`"

    private final CheckoutService checkout;

    CheckoutController(CheckoutService checkout) {
        this.checkout = checkout;
    }

    @PostMapping("/orders")
    ResponseEntity<String> place(@RequestBody PlaceOrderRequest request) {
        inFlight++;
        try {
            return ResponseEntity.ok(checkout.placeOrder(request));
        } finally {
            inFlight--;
        }
    }

    @GetMapping("/orders/in-flight")
    int inFlight() {
        return inFlight;
    }
}

class InvoiceDownloadServlet extends HttpServlet {

    private static int downloads; // expect: mutable-static-field "`downloads`"
    private static Instant lastDownloadAt; // expect: mutable-static-field "`lastDownloadAt`"

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        downloads += 1;
        lastDownloadAt = Instant.now();
        response.setContentType("application/pdf");
        response.getOutputStream().write(("invoice " + request.getParameter("id")).getBytes());
    }
}

@ApplicationScoped
class WebSocketSessionTracker {

    private static int activeSessions; // expect: mutable-static-field "`activeSessions`"

    void opened(String sessionId) {
        activeSessions++;
    }

    void closed(String sessionId) {
        activeSessions = Math.max(0, activeSessions - 1);
    }

    int active() {
        return activeSessions;
    }
}
