package opt.case43;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface UploadRepository extends JpaRepository<Upload, String> {

    List<Upload> findByOwnerId(Long ownerId);
}
