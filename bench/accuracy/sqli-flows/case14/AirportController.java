package eval5.case14;

import java.util.List;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
public class AirportController {

    private final AirportLookupDao airportLookupDao;

    public AirportController(AirportLookupDao airportLookupDao) {
        this.airportLookupDao = airportLookupDao;
    }

    @GetMapping("/api/travel/airports")
    public List<AirportLookupDao.Airport> typeahead(@RequestParam("prefix") String prefix) {
        return prefix.length() < 2 ? List.of() : airportLookupDao.lookup(prefix.strip());
    }
}
