// Handler parameters the binding always fills: Spring bindings that are required (the default) or have a default value, an Optional, JAX-RS parameters with @DefaultValue and JAX-RS lists (empty when absent), and an optional one checked before use.
import java.util.List;
import java.util.Optional;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
class CatalogController {

    @GetMapping("/items")
    String items(@RequestParam String category,
                 @RequestParam(required = false, defaultValue = "name") String sort,
                 @RequestHeader(value = "X-Page", required = false) Optional<String> page) {
        return category.trim() + sort.toLowerCase() + page.orElse("1");
    }

    @GetMapping("/filter")
    String filter(@RequestParam(required = false) String filter) {
        if (filter == null) {
            return "all";
        }
        return filter.trim();
    }
}

@Path("/catalog")
class CatalogResource {

    @GET
    public String list(@QueryParam("order") @DefaultValue("asc") String order, @QueryParam("tag") List<String> tags) {
        return order.toUpperCase() + tags.size();
    }
}
