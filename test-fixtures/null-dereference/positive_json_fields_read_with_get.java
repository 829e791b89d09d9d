// A JSON tree's get(field) is null for a field the document lacks: a token response or a webhook body read without a check.
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

class TokenResponseReader {

    private final ObjectMapper mapper = new ObjectMapper();

    String accessToken(String body) throws Exception {
        JsonNode node = mapper.readTree(body);
        return node.get("access_token").asText();  // expect: null-dereference "access_token"
    }

    long expiresIn(JsonNode node) {
        JsonNode expires = node.get("expires_in");
        return expires.asLong();  // expect: null-dereference "expires"
    }
}
