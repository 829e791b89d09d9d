// Where a visitor is in the multi-page checkout: current step, address and payment
// method chosen so far.
package singletons.case38;

import java.io.Serializable;

import org.springframework.context.annotation.Scope;
import org.springframework.context.annotation.ScopedProxyMode;
import org.springframework.stereotype.Component;

@Component
@Scope(scopeName = "session", proxyMode = ScopedProxyMode.TARGET_CLASS)
public class CheckoutWizardState implements Serializable {

    public enum Step { ADDRESS, PAYMENT, REVIEW }

    private Step step = Step.ADDRESS;
    private String shippingAddressId;
    private String paymentMethod;

    public Step step() {
        return step;
    }

    public void chooseAddress(String addressId) {
        shippingAddressId = addressId;
        step = Step.PAYMENT;
    }

    public void choosePayment(String method) {
        if (step == Step.ADDRESS) {
            throw new IllegalStateException("address first");
        }
        paymentMethod = method;
        step = Step.REVIEW;
    }

    public String shippingAddressId() {
        return shippingAddressId;
    }

    public String paymentMethod() {
        return paymentMethod;
    }

    public void reset() {
        step = Step.ADDRESS;
        shippingAddressId = null;
        paymentMethod = null;
    }
}
