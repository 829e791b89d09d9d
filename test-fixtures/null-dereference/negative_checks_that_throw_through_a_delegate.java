// A null check whose branch calls a helper that only hands over to an overload that throws: the branch never returns, so the value is checked after it.
import java.util.Map;

class ClientAuthenticator {

    record RegisteredClient(String id, java.util.Set<String> methods) {
    }

    static final class AuthenticationException extends RuntimeException {
        AuthenticationException(String message, Throwable cause) {
            super(message, cause);
        }
    }

    private final Map<String, RegisteredClient> clients;

    ClientAuthenticator(Map<String, RegisteredClient> clients) {
        this.clients = clients;
    }

    String authenticate(String clientId) {
        RegisteredClient client = clients.get(clientId);
        if (client == null) {
            throwInvalidClient("client_id");
        }
        return client.id();
    }

    private static void throwInvalidClient(String parameter) {
        throwInvalidClient(parameter, null);
    }

    private static void throwInvalidClient(String parameter, Throwable cause) {
        throw new AuthenticationException("Client authentication failed: " + parameter, cause);
    }
}
