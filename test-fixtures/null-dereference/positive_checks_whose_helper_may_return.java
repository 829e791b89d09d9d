// A null check whose branch calls a helper that hands over to a method that only logs: the branch returns, and the value may still be null after it.
import java.util.Map;

class ClientLookup {

    record RegisteredClient(String id) {
    }

    private final Map<String, RegisteredClient> clients;

    ClientLookup(Map<String, RegisteredClient> clients) {
        this.clients = clients;
    }

    String authenticate(String clientId) {
        RegisteredClient client = clients.get(clientId);
        if (client == null) {
            reportMissing("client_id");
        }
        return client.id();  // expect: null-dereference "clients.get("
    }

    private static void reportMissing(String parameter) {
        log(parameter, null);
    }

    private static void log(String parameter, Throwable cause) {
        System.err.println("missing " + parameter + " " + cause);
    }
}
