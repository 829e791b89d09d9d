package eval5.case44;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Service;

@Service
public class RevenueReportService {

    private static final Logger log = LoggerFactory.getLogger(RevenueReportService.class);

    @Autowired
    private RevenueReportDao revenueReportDao;

    public List<Map<String, Object>> revenueBy(String groupBy, LocalDate from, LocalDate to) {
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("'to' must not be before 'from'");
        }
        String dimension = "r." + groupBy.trim();
        log.info("revenue report by {} for {}..{}", dimension, from, to);
        return revenueReportDao.totals(dimension, from, to);
    }
}
