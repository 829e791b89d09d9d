// Enables and disables payment method plugins when the back office changes their settings.
package staticfields.case17;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

@Component
public class PaymentPluginActivator {

    private static final Logger log = LoggerFactory.getLogger(PaymentPluginActivator.class);

    @EventListener
    public void onEnabled(PluginEnabled event) {
        PaymentHandlerRegistry.HANDLERS.put(event.handler().code(), event.handler());
        log.info("payment method {} enabled by {}", event.handler().code(), event.enabledBy());
    }

    @EventListener
    public void onDisabled(PluginDisabled event) {
        PaymentHandlerRegistry.HANDLERS.remove(event.code());
        log.info("payment method {} disabled", event.code());
    }

    public record PluginEnabled(PaymentHandler handler, String enabledBy) {
    }

    public record PluginDisabled(String code) {
    }
}
