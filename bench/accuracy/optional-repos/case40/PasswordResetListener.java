package opt.case40;

import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

@Component
public class PasswordResetListener {

    private static final Logger log = LoggerFactory.getLogger(PasswordResetListener.class);

    private final MemberRepository memberRepository;
    private final Notifier notifier;

    public PasswordResetListener(MemberRepository memberRepository, Notifier notifier) {
        this.memberRepository = memberRepository;
        this.notifier = notifier;
    }

    @EventListener
    public void onResetRequested(ResetRequested event) {
        Optional<Member> member = memberRepository.findById(event.memberId());
        if (member.isPresent() && member.get().isSmsOptIn()) {
            notifier.sms(member.get().getPhone(), "Your reset code: " + event.code());
        } else if (member.isPresent()) {
            notifier.email(member.get(), "Password reset", "Your reset code: " + event.code());
        } else {
            log.info("Reset requested for unknown member {}", event.memberId());
        }
    }

    public record ResetRequested(Long memberId, String code) {
    }

    public interface Notifier {
        void sms(String phone, String text);

        void email(Member member, String subject, String body);
    }
}
