package streq.case09;

import java.util.List;

public record WorkspaceMember(String userId, String workspaceId, List<MemberRole> roles) {
}
