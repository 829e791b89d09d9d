package opt.case30;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface FolderRepository extends JpaRepository<Folder, Long> {

    default Optional<Folder> findParentOf(Folder folder) {
        return folder.getParentId() == null ? Optional.empty() : findById(folder.getParentId());
    }
}
