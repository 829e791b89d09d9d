// Lambdas over values checked before the lambda is created (effectively final locals, an early return and requireNonNull), a check inside the lambda body, and a stream filtered with Objects::nonNull.
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;

import jakarta.servlet.http.HttpServletRequest;

class PushNotificationSender {

    record Device(String token, String platform) {
    }

    private final Map<String, Device> devicesByUser;
    private final Executor executor;

    PushNotificationSender(Map<String, Device> devicesByUser, Executor executor) {
        this.devicesByUser = devicesByUser;
        this.executor = executor;
    }

    void broadcast(HttpServletRequest request, List<String> users) {
        String campaign = request.getHeader("X-Campaign");
        if (campaign == null) {
            return;
        }
        users.forEach(user -> send(user, campaign.trim()));
    }

    List<String> platforms(List<String> users) {
        return users.stream()
                .map(user -> {
                    Device device = devicesByUser.get(user);
                    return device == null ? "none" : device.platform().toLowerCase();
                })
                .toList();
    }

    CompletableFuture<Void> sendLater(HttpServletRequest request, String user) {
        final String message = request.getParameter("message");
        Objects.requireNonNull(message, "message");
        return CompletableFuture.runAsync(() -> send(user, message.strip()), executor);
    }

    List<String> tokens(List<String> users) {
        return users.stream()
                .map(devicesByUser::get)
                .filter(Objects::nonNull)
                .map(device -> device.token().trim())
                .toList();
    }

    private void send(String user, String text) {
        executor.execute(() -> System.getLogger("push").log(System.Logger.Level.INFO, user + ": " + text));
    }
}
