// Request data passed to MyBatis mapper methods whose @Select or @Update writes the parameter with ${...}; bound #{...} parameters and numbers are not.
import java.util.List;
import java.util.Map;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;
import org.apache.ibatis.annotations.Update;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@Mapper
interface XfReportMapper {

    @Select("SELECT id, total_cents FROM reports WHERE owner = #{owner} ORDER BY ${sort}")  // expect: sql-injection "`${sort}`"
    List<Map<String, Object>> byOwner(@Param("owner") String owner, @Param("sort") String sort);

    @Select({"SELECT id FROM reports", "WHERE kind = #{kind}", "LIMIT ${limit}"})
    List<Map<String, Object>> byKind(@Param("kind") String kind, @Param("limit") int limit);

    @Update("UPDATE reports SET title = '${title}' WHERE id = #{id}")  // expect: sql-injection "#{title}"
    int rename(@Param("id") long id, @Param("title") String title);

    @Select("SELECT id FROM ${table}")
    List<Map<String, Object>> fromTable(@Param("table") String table);
}

@RestController
class XfReportController {

    private final XfReportMapper reports;

    XfReportController(XfReportMapper reports) {
        this.reports = reports;
    }

    @GetMapping("/xf/reports")
    List<Map<String, Object>> byOwner(@RequestParam String owner, @RequestParam String sort) {
        return reports.byOwner(owner, sort);
    }

    @GetMapping("/xf/reports/kind")
    List<Map<String, Object>> byKind(@RequestParam String kind, @RequestParam int limit) {
        return reports.byKind(kind, limit);
    }

    @PostMapping("/xf/reports/rename")
    int rename(@RequestParam long id, @RequestParam String title) {
        return reports.rename(id, title);
    }

    @GetMapping("/xf/reports/archive")
    List<Map<String, Object>> archive() {
        return reports.fromTable("reports_archive");
    }
}
