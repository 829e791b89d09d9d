package streq.case17;

import java.util.List;

public record WorkspaceMember(String userId, String workspaceId, List<String> roles) {
}
