package streq.case09;

import java.util.List;
import org.springframework.stereotype.Service;

@Service
public class WorkspaceMembershipService {

    public boolean isOwner(WorkspaceMember member) {
        List<MemberRole> roles = member.roles();
        if (roles == null || roles.isEmpty()) {
            return false;
        }
        return roles.get(0) == MemberRole.OWNER;
    }

    public boolean canInvite(WorkspaceMember member) {
        return isOwner(member) || member.roles().size() > 1;
    }
}
