// Nullable values used as a switch selector: a switch statement on a request parameter, a switch expression on an environment variable, and a switch on an enum read from a map.
import java.io.IOException;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

class OrderExportServlet extends HttpServlet {

    enum Carrier { DHL, UPS, POSTNL }

    private final Map<String, Carrier> carrierByCountry = new HashMap<>();
    private final Map<Carrier, String> trackingUrls = new EnumMap<>(Carrier.class);

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String contentType;
        switch (request.getParameter("format")) {  // expect: null-dereference "getParameter("
            case "csv":
                contentType = "text/csv";
                break;
            case "xlsx":
                contentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
                break;
            default:
                contentType = "application/json";
        }
        response.setContentType(contentType);
        response.getWriter().println(separator() + trackingUrlFor(request.getLocale().getCountry()));
    }

    private String separator() {
        return switch (System.getenv("EXPORT_DIALECT")) {  // expect: null-dereference "getenv("
            case "excel" -> ";";
            case "tab" -> "\t";
            default -> ",";
        };
    }

    private String trackingUrlFor(String country) {
        Carrier carrier = carrierByCountry.get(country);
        switch (carrier) {  // not reported: a private helper, whose callers choose the keys (see the rule doc, "Map lookups")
            case DHL:
                return "https://www.dhl.com/track";
            case UPS:
                return "https://www.ups.com/track";
            default:
                return String.valueOf(trackingUrls.get(carrier));
        }
    }
}
