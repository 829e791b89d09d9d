package eval5.case40;

import java.util.List;
import java.util.Map;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
public class RepositoryListController {

    private final GitRepositoryDao gitRepositoryDao;

    public RepositoryListController(GitRepositoryDao gitRepositoryDao) {
        this.gitRepositoryDao = gitRepositoryDao;
    }

    @GetMapping("/api/scm/repositories")
    public ResponseEntity<List<Map<String, Object>>> list(@RequestParam Map<String, String> filters) {
        Object owner = filters.get("owner");
        if (owner == null) {
            return ResponseEntity.ok(gitRepositoryDao.find(SqlCriteria.isFalse("r.archived")));
        }
        String ownerLogin = String.valueOf(owner);
        String[] clauses = {SqlCriteria.eq("r.owner_login", ownerLogin), SqlCriteria.isFalse("r.archived")};
        return ResponseEntity.ok(gitRepositoryDao.find(clauses));
    }
}
