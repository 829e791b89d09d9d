// Callers of a MyBatis mapper interface: the injections they make are reported in the XML statements (positive_mybatis_mapper_statements.xml), none here.
import java.util.List;
import java.util.Map;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@Mapper
interface XfOrderMapper {

    List<Map<String, Object>> search(@Param("status") String status, @Param("sort") String sort);

    List<Map<String, Object>> fromTable(String table);

    List<Map<String, Object>> byCustomer(@Param("customer") String customer, @Param("limit") int limit);

    List<Map<String, Object>> archived(@Param("archiveTable") String archiveTable);
}

@RestController
class XfOrderSearchController {

    private final XfOrderMapper orders;

    XfOrderSearchController(XfOrderMapper orders) {
        this.orders = orders;
    }

    @GetMapping("/xf/mybatis/orders")
    List<Map<String, Object>> search(@RequestParam String status, @RequestParam String sort) {
        return orders.search(status, sort);
    }

    @GetMapping("/xf/mybatis/tables/{table}")
    List<Map<String, Object>> fromTable(@PathVariable String table) {
        return orders.fromTable(table.trim());
    }

    @GetMapping("/xf/mybatis/customers")
    List<Map<String, Object>> byCustomer(@RequestParam String customer) {
        return orders.byCustomer(customer, 20);
    }

    @GetMapping("/xf/mybatis/archived")
    List<Map<String, Object>> archived() {
        return orders.archived("orders_archive_2025");
    }
}
