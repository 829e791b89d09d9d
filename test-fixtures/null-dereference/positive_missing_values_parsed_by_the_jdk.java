// A value that may be missing, handed to a library call that throws NullPointerException for null: parsing a request parameter or header that a client left out.
import jakarta.servlet.http.HttpServletRequest;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.UUID;

class BookingParameters {

    UUID bookingId(HttpServletRequest request) {
        return UUID.fromString(request.getParameter("booking"));  // expect: null-dereference "getParameter"
    }

    LocalDate arrival(HttpServletRequest request) {
        String raw = request.getParameter("arrival");
        return LocalDate.parse(raw);  // expect: null-dereference "raw"
    }

    String returnLink(HttpServletRequest request) {
        String referer = request.getHeader("Referer");
        return "/back?to=" + URLEncoder.encode(referer, StandardCharsets.UTF_8);  // expect: null-dereference "referer"
    }

    boolean internal(HttpServletRequest request, String path) {
        return path.startsWith(request.getHeader("X-Base-Path"));  // expect: null-dereference "getHeader"
    }
}
