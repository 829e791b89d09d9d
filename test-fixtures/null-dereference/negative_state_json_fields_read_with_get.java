// A JSON tree's get(field) read without a check, of documents the program holds (a token response parsed from a string, a tree a caller hands in): which fields they hold is what their producer guarantees, and get(field) is not a source there.
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

class TokenResponseReader {

    private final ObjectMapper mapper = new ObjectMapper();

    String accessToken(String body) throws Exception {
        JsonNode node = mapper.readTree(body);
        return node.get("access_token").asText();
    }

    long expiresIn(JsonNode node) {
        JsonNode expires = node.get("expires_in");
        return expires.asLong();
    }
}
