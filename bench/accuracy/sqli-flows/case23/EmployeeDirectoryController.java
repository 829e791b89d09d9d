package eval5.case23;

import java.util.List;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/hr/directory")
public class EmployeeDirectoryController {

    private final EmployeeDirectoryService service;

    public EmployeeDirectoryController(EmployeeDirectoryService service) {
        this.service = service;
    }

    @GetMapping
    public List<EmployeeDirectoryDao.Entry> directory(
            @RequestParam(name = "sort", required = false) String sort,
            @RequestParam(name = "dir", required = false) String dir) {
        return service.directory(sort, dir);
    }
}
