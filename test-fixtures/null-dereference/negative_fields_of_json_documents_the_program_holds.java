// JSON trees the program built or read from its own resources, and a client's document read with path(), has() or a null check: get(field) is not reported there.
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.springframework.web.bind.annotation.RequestBody;

class JsonReaders {

    private final ObjectMapper mapper = new ObjectMapper();

    String version() throws java.io.IOException {
        JsonNode manifest = mapper.readTree(JsonReaders.class.getResourceAsStream("manifest.json"));
        return manifest.get("version").asText();
    }

    String built() {
        ObjectNode node = mapper.createObjectNode();
        node.put("status", "ok");
        return node.get("status").asText();
    }

    String type(@RequestBody JsonNode event) {
        if (!event.has("type")) {
            return "unknown";
        }
        return event.get("type").asText() + event.path("source").asText();
    }

    String id(@RequestBody JsonNode event) {
        JsonNode id = event.get("id");
        return id == null ? "" : id.asText();
    }
}
