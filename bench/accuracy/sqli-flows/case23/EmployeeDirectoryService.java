package eval5.case23;

import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

@Service
public class EmployeeDirectoryService {

    private static final Logger log = LoggerFactory.getLogger(EmployeeDirectoryService.class);

    private final EmployeeDirectoryDao dao;

    public EmployeeDirectoryService(EmployeeDirectoryDao dao) {
        this.dao = dao;
    }

    public List<EmployeeDirectoryDao.Entry> directory(String sort, String dir) {
        String column = SortColumns.employeeColumn(sort);
        String direction = SortColumns.direction(dir);
        log.debug("directory sorted by {} {} (requested {} {})", column, direction, sort, dir);
        return dao.listOrdered(column + " " + direction);
    }
}
