package streq.case43;

import java.util.List;
import java.util.Optional;

public interface UserDirectory {

    Optional<User> findById(Long id);

    List<User> findAll();

    void remove(Long id);
}
