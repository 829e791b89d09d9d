// Keys read from a JSON body bound to a Map, in a JAX-RS resource and a Spring controller: the client decides which keys the body has.
import java.util.Map;

import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

@Path("/flows")
class FlowResource {

    @POST
    @Path("/{alias}/executions")
    public String addExecution(@PathParam("alias") String alias, Map<String, Object> data) {
        String provider = (String) data.get("provider");
        return alias + provider.trim();  // expect: null-dereference "data.get("
    }
}

@RestController
class LabelController {

    @PostMapping("/labels")
    String create(@RequestBody Map<String, String> body) {
        return body.get("name").toLowerCase();  // expect: null-dereference "body.get("
    }
}
