// JDBC-like method names on types that are not JDBC: a home-made pool's getConnection() returning Object, a broker connection, a Map lookup, a query builder.
import java.util.Map;

class IntegrationGateway {

    interface LegacyPool {
        Object getConnection();
    }

    interface MessageBroker {
        BrokerConnection getConnection(String clientId);
    }

    static final class BrokerConnection {
        void publish(String topic, String payload) {
            // sends over an already open socket owned by the broker client
        }
    }

    static final class CypherBuilder {
        private final StringBuilder text = new StringBuilder();

        CypherBuilder prepareStatement(String template) {
            text.append(template);
            return this;
        }

        String createStatement() {
            return text.toString();
        }
    }

    private final LegacyPool pool;
    private final MessageBroker broker;
    private final Map<String, Object> connections;

    IntegrationGateway(LegacyPool pool, MessageBroker broker, Map<String, Object> connections) {
        this.pool = pool;
        this.broker = broker;
        this.connections = connections;
    }

    String describePool() {
        Object handle = pool.getConnection();
        return String.valueOf(handle);
    }

    void publishOrderPlaced(long orderId) {
        BrokerConnection connection = broker.getConnection("orders-service");
        connection.publish("orders.placed", Long.toString(orderId));
    }

    boolean hasLegacyLink() {
        Object connection = connections.get("legacy-erp");
        return connection != null;
    }

    String graphQuery() {
        return new CypherBuilder().prepareStatement("MATCH (c:Customer)-[:PLACED]->(o:Order) RETURN o.id").createStatement();
    }
}
