// A null check whose branch calls a helper that only logs, over a value a method of the class returns null for on some path: when it does is the program's own state, so the read after the branch is not reported.
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
        return client.id();
    }

    private static void reportMissing(String parameter) {
        log(parameter, null);
    }

    private static void log(String parameter, Throwable cause) {
        System.err.println("missing " + parameter + " " + cause);
    }
}
