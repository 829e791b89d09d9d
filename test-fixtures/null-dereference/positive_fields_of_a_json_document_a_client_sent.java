// A JSON tree a client sent, as a @RequestBody or read from the request's body: get(field) is null for a field the client left out.
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;

class WebhookController {

    private final ObjectMapper mapper = new ObjectMapper();

    @PostMapping("/hooks/payment")
    String payment(@RequestBody JsonNode event) {
        return event.get("type").asText();  // expect: null-dereference "event.get("
    }

    String order(HttpServletRequest request) throws java.io.IOException {
        JsonNode body = mapper.readTree(request.getInputStream());
        JsonNode customer = body.get("customer");
        String name = customer.path("name").asText();  // expect: null-dereference "body.get("
        return name + customer.get("id").asText();  // expect: null-dereference "customer.get("
    }
}
