package eval5.case25;

import java.util.List;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/warehouse/picks")
public class PickListController {

    private final PickListRepository pickListRepository;

    public PickListController(PickListRepository pickListRepository) {
        this.pickListRepository = pickListRepository;
    }

    @GetMapping("/open")
    public List<String> openPicks(@RequestHeader("X-Warehouse-Code") String warehouseCode) {
        return pickListRepository.openPickReferences("WH-" + warehouseCode);
    }
}
