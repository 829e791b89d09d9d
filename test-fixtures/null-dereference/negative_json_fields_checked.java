// JSON fields read after has(field) or hasNonNull(field), with path(field), which never returns null, compared with null first, by a name the node listed itself, or at a position inside the array's size.
import com.fasterxml.jackson.databind.JsonNode;

class CheckedTokenResponseReader {

    String accessToken(JsonNode node) {
        if (node.has("access_token")) {
            return node.get("access_token").asText();
        }
        return null;
    }

    long expiresIn(JsonNode node) {
        return node.hasNonNull("expires_in") ? node.get("expires_in").asLong() : 0L;
    }

    String scope(JsonNode node) {
        return node.path("scope").asText("");
    }

    int listed(JsonNode node) {
        int total = 0;
        java.util.Iterator<String> names = node.fieldNames();
        while (names.hasNext()) {
            String name = names.next();
            total += node.get(name).size();
        }
        for (int i = 0; i < node.size(); i++) {
            total += node.get(i).size();
        }
        return total;
    }

    String tokenType(JsonNode node) {
        JsonNode type = node.get("token_type");
        return type == null ? "bearer" : type.asText();
    }
}
