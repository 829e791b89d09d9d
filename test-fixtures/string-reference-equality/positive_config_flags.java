// A feature-flag service that compares @Value String fields and Environment properties with ==.
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Service;

@Service
public class CheckoutFeatureFlags {

    private static final String NEW_CHECKOUT_KEY = "feature.checkout.new";

    private final Environment env;

    @Value("${feature.checkout.mode:v1}")
    private String checkoutMode;

    @Value("${feature.checkout.enabled:true}")
    private boolean checkoutEnabled;

    public CheckoutFeatureFlags(Environment env) {
        this.env = env;
    }

    public boolean useV2Checkout() {
        return checkoutEnabled && checkoutMode == "v2"; // expect: string-reference-equality "`checkoutMode`"
    }

    public boolean newCheckoutOn() {
        String flag = env.getProperty(NEW_CHECKOUT_KEY);
        return flag != null && flag != "off"; // expect: string-reference-equality "`flag`"
    }

    public boolean disabled() {
        return checkoutEnabled == false;
    }
}
