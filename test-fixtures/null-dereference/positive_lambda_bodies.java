// Lambda bodies as their own scope: a Map.get dereferenced inside a stream lambda, a nullable header captured with no check, and a check made only after the asynchronous lambda was created.
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;

import jakarta.servlet.http.HttpServletRequest;

class AuditTrailPublisher {

    record AuditEvent(String actor, String action, String region) {
    }

    private final Map<String, String> regionByTenant;
    private final Executor executor;

    AuditTrailPublisher(Map<String, String> regionByTenant, Executor executor) {
        this.regionByTenant = regionByTenant;
        this.executor = executor;
    }

    List<AuditEvent> forTenants(List<String> tenants, String action) {
        return tenants.stream()
                .map(tenant -> new AuditEvent(tenant, action, regionByTenant.get(tenant).toLowerCase()))  // not reported: nothing shows that a tenant of the list may lack a region (see the rule doc, "Map lookups")
                .toList();
    }

    void publishAll(HttpServletRequest request, List<String> actions) {
        String actor = request.getHeader("X-Actor");
        actions.forEach(action -> send(new AuditEvent(actor.trim(), action, "eu")));  // expect: null-dereference "getHeader("
    }

    CompletableFuture<Void> publishLater(HttpServletRequest request, String action) {
        String actor = request.getParameter("actor");
        CompletableFuture<Void> pending = CompletableFuture.runAsync(
                () -> send(new AuditEvent(actor.strip(), action, "eu")), executor);  // expect: null-dereference "getParameter("
        if (actor == null) {
            pending.cancel(false);
        }
        return pending;
    }

    private void send(AuditEvent event) {
        executor.execute(() -> System.getLogger("audit").log(System.Logger.Level.INFO, event.toString()));
    }
}
