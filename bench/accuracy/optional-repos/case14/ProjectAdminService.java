package opt.case14;

import jakarta.persistence.EntityNotFoundException;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
public class ProjectAdminService {

    private final ProjectRepository projectRepository;

    public ProjectAdminService(ProjectRepository projectRepository) {
        this.projectRepository = projectRepository;
    }

    @Transactional
    public Project rename(String key, String newName) {
        Optional<Project> project = projectRepository.findByKey(key);
        if (project.isEmpty()) throw new EntityNotFoundException("No project with key " + key);
        Project p = project.get();
        if (p.isArchived()) {
            throw new IllegalStateException("Project " + key + " is archived");
        }
        p.setName(newName.strip());
        return projectRepository.save(p);
    }

    @Transactional
    public void archive(Long id) {
        Optional<Project> project = projectRepository.findById(id);
        if (project.isEmpty()) {
            throw new EntityNotFoundException("No project " + id);
        }
        project.get().setArchived(true);
    }
}
