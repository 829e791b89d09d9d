package eval5.case42;

import java.util.List;

import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/payments/transfers")
public class TransferSearchController {

    private final TransferDao transferDao;

    public TransferSearchController(TransferDao transferDao) {
        this.transferDao = transferDao;
    }

    @PostMapping("/search")
    public List<TransferDao.Transfer> search(@RequestBody TransferQuery query) {
        return transferDao.find(query);
    }
}
