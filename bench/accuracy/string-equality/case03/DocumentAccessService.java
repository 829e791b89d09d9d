package streq.case03;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

@Service
public class DocumentAccessService {

    private static final Logger log = LoggerFactory.getLogger(DocumentAccessService.class);

    private final RoleProvider roleProvider;

    public DocumentAccessService(RoleProvider roleProvider) {
        this.roleProvider = roleProvider;
    }

    public void checkRead(String documentId) {
        var required = roleProvider.requiredRoleFor("document");
        if (required == null) {
            return;
        }
        if (roleProvider.currentRole() != required) {
            log.warn("Denied read of document {}", documentId);
            throw new SecurityException("Access denied to document " + documentId);
        }
    }
}
