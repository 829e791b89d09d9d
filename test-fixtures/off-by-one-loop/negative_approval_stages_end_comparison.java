// An approval workflow that notifies every stage but the final automatic one, comparing `i < stages.size() - 2` in the body to mark the last human stage.
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Service;

record ApprovalStage(String name, String approver) {
}

@Service
class ApprovalNotificationPlanner {

    public List<String> notifications(List<ApprovalStage> stages) {
        List<String> messages = new ArrayList<>();
        // The final stage is the automatic publication step: nobody is notified for it.
        for (int i = 0; i < stages.size() - 1; i++) {
            ApprovalStage stage = stages.get(i);
            if (i < stages.size() - 2) {
                messages.add(stage.approver() + ": please review " + stage.name());
            } else {
                messages.add(stage.approver() + ": final review before publication");
            }
        }
        return messages;
    }
}
