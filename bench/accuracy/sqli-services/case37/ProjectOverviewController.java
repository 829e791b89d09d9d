package eval2.case37;

import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.CookieValue;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
public class ProjectOverviewController {

    private static final Logger log = LoggerFactory.getLogger(ProjectOverviewController.class);

    @PersistenceContext
    private EntityManager entityManager;

    @Transactional(readOnly = true)
    @GetMapping("/workspace/projects/overview")
    public List<ProjectStatus> overview(@CookieValue(name = "workspace", defaultValue = "default") String workspace) {
        String schema = WorkspaceNaming.schemaFor(workspace);
        String sql = "SELECT p.key, p.name, COUNT(t.id) FILTER (WHERE t.done = false) AS open_tasks "
                + "FROM " + schema + ".projects p LEFT JOIN " + schema + ".tasks t ON t.project_id = p.id "
                + "GROUP BY p.key, p.name ORDER BY p.key";

        log.debug("project overview for workspace {}", workspace);
        List<?> rows = entityManager.createNativeQuery(sql).getResultList(); // sink

        List<ProjectStatus> result = new ArrayList<>();
        for (Object row : rows) {
            Object[] cols = (Object[]) row;
            result.add(new ProjectStatus((String) cols[0], (String) cols[1], ((Number) cols[2]).intValue()));
        }
        return result;
    }

    public record ProjectStatus(String key, String name, int openTasks) {
    }
}
