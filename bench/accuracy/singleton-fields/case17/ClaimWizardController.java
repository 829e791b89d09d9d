// Three-step insurance claim wizard: the draft of each user is kept between steps and
// submitted at the end.
package singletons.case17;

import java.security.Principal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

@Controller
@RequestMapping("/claims/new")
public class ClaimWizardController {

    private final ClaimSubmissionService submissions;
    private Map<String, ClaimDraft> drafts = new HashMap<>(); // shared

    public ClaimWizardController(ClaimSubmissionService submissions) {
        this.submissions = submissions;
    }

    @GetMapping
    public String start(Principal principal, Model model) {
        var draft = ClaimDraft.empty(principal.getName());
        drafts.put(principal.getName(), draft);
        model.addAttribute("draft", draft);
        return "claims/policy";
    }

    @PostMapping("/policy")
    public String policy(Principal principal, @RequestParam String policyNumber, @RequestParam LocalDate incidentDate) {
        ClaimDraft draft = drafts.get(principal.getName());
        if (draft == null) {
            return "redirect:/claims/new";
        }
        drafts.put(principal.getName(), draft.withPolicy(policyNumber, incidentDate));
        return "claims/description";
    }

    @PostMapping("/submit")
    public String submit(Principal principal, @RequestParam String description, RedirectAttributes redirect) {
        ClaimDraft draft = drafts.remove(principal.getName());
        if (draft == null) {
            return "redirect:/claims/new";
        }
        String claimId = submissions.submit(draft.withDescription(description));
        redirect.addFlashAttribute("claimId", claimId);
        return "redirect:/claims/" + claimId;
    }
}
