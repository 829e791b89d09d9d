// Handler parameters the client may leave out: Spring bindings with required = false and no default, and JAX-RS query and header parameters without @DefaultValue, dereferenced without a check.
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import org.springframework.web.bind.annotation.CookieValue;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
class TenantController {

    @GetMapping("/tenant")
    String tenant(@RequestHeader(value = "X-Tenant", required = false) String tenant) {
        return tenant.toLowerCase();  // expect: null-dereference "tenant"
    }

    @GetMapping("/search")
    String search(@RequestParam(name = "q", required = false) String query) {
        return query.trim();  // expect: null-dereference "query"
    }

    @GetMapping("/session")
    int session(@CookieValue(value = "SESSION", required = false) String session) {
        return session.length();  // expect: null-dereference "session"
    }
}

@Path("/reports")
class ReportResource {

    @GET
    public String report(@QueryParam("format") String format, @HeaderParam("X-Locale") String locale) {
        return format.toUpperCase() + locale.length();  // expect: null-dereference "format", null-dereference "locale"
    }
}
