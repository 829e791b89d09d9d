// An export job that walks Spring Data pages by page number up to `getTotalPages()` and iterates each page's content with `< size()`.
import java.util.ArrayList;
import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;

@Component
class SubscriberExportJob {

    private static final int PAGE_SIZE = 500;

    private final SubscriberRepository repository;

    SubscriberExportJob(SubscriberRepository repository) {
        this.repository = repository;
    }

    public List<String> allEmails() {
        Page<Subscriber> first = repository.findByNewsletterTrue(PageRequest.of(0, PAGE_SIZE));
        List<String> emails = new ArrayList<>();
        collect(first.getContent(), emails);
        for (int page = 1; page < first.getTotalPages(); page++) {
            collect(repository.findByNewsletterTrue(PageRequest.of(page, PAGE_SIZE)).getContent(), emails);
        }
        return emails;
    }

    private static void collect(List<Subscriber> content, List<String> emails) {
        for (int i = 0; i < content.size(); i++) {
            emails.add(content.get(i).getEmail());
        }
    }
}
