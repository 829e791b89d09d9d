// A mail campaign composer that numbers attachments from 1 with `i <= attachments.size()` but reads `attachments.get(i)`, past the end.
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Service;

record MailAttachment(String fileName, String contentType, byte[] content) {
}

record CampaignMail(String to, String subject, List<MailAttachment> attachments) {
}

@Service
class CampaignMailComposer {

    public List<String> attachmentLabels(CampaignMail mail) {
        List<MailAttachment> attachments = mail.attachments();
        List<String> labels = new ArrayList<>();
        for (int i = 1; i <= attachments.size(); i++) { // expect: off-by-one-loop "past the end"
            MailAttachment attachment = attachments.get(i);
            labels.add(String.format("Attachment %d: %s (%s)", i, attachment.fileName(), attachment.contentType()));
        }
        return labels;
    }
}
