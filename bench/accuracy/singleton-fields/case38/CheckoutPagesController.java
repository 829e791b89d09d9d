// Pages of the multi-page checkout; the wizard state is the visitor's session bean.
package singletons.case38;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

@Controller
@RequestMapping("/checkout")
public class CheckoutPagesController {

    private final CheckoutWizardState wizard;

    public CheckoutPagesController(CheckoutWizardState wizard) {
        this.wizard = wizard;
    }

    @GetMapping
    public String current(Model model) {
        model.addAttribute("wizard", wizard);
        return switch (wizard.step()) {
            case ADDRESS -> "checkout/address";
            case PAYMENT -> "checkout/payment";
            case REVIEW -> "checkout/review";
        };
    }

    @PostMapping("/address")
    public String address(@RequestParam String addressId) {
        wizard.chooseAddress(addressId);
        return "redirect:/checkout";
    }

    @PostMapping("/payment")
    public String payment(@RequestParam String method) {
        wizard.choosePayment(method);
        return "redirect:/checkout";
    }

    @PostMapping("/cancel")
    public String cancel() {
        wizard.reset();
        return "redirect:/cart";
    }
}
