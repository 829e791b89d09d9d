// Request data handed to the DAO of negative_callee_sinks_not_reached_dao.java only as bind values, non-SQL arguments, parsed numbers, allow-listed columns or not at all; a request holder returning a constant; a numeric DTO getter.
import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Service;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
class XfInvoiceController {

    private final XfInvoiceService invoiceService;
    private final XfPaymentRepository payments;

    XfInvoiceController(XfInvoiceService invoiceService, XfPaymentRepository payments) {
        this.invoiceService = invoiceService;
        this.payments = payments;
    }

    @GetMapping("/xf/invoices/by-customer")
    List<Map<String, Object>> byCustomer(@RequestParam String customer) {
        return invoiceService.forCustomer(customer);
    }

    @PostMapping("/xf/invoices/void/archive")
    int archiveVoided(@RequestHeader("X-Reason") String reason) {
        return invoiceService.archiveVoided(reason);
    }

    @GetMapping("/xf/invoices/{number}")
    Map<String, Object> byNumber(@PathVariable String number) {
        return invoiceService.byNumber(number);
    }

    @GetMapping("/xf/invoices/sorted")
    List<Map<String, Object>> sorted(@RequestParam String sort) {
        return invoiceService.sorted(sort);
    }

    @GetMapping("/xf/invoices/attention")
    List<Map<String, Object>> needingAttention(@RequestParam(defaultValue = "open") String view) {
        return "overdue".equals(view) ? invoiceService.inStatus("OVERDUE") : invoiceService.inStatus("OPEN");
    }

    @GetMapping("/xf/invoices/unpaid")
    List<Map<String, Object>> unpaid(@RequestHeader("X-Customer") String customer) {
        return invoiceService.unpaid(customer);
    }

    @GetMapping("/xf/payments/{reference}")
    List<Map<String, Object>> payments(@PathVariable String reference) {
        return payments.findByReference(reference);
    }

    @PostMapping("/xf/invoices/search")
    List<Map<String, Object>> search(@RequestBody XfInvoiceQuery query) {
        return invoiceService.search(query);
    }
}

@Service
class XfInvoiceService {

    @Autowired
    private XfInvoiceDao invoiceDao;

    List<Map<String, Object>> forCustomer(String customer) {
        return invoiceDao.findByCustomer(customer.trim());
    }

    int archiveVoided(String reason) {
        return invoiceDao.moveVoidedTo("invoices_archive", reason);
    }

    Map<String, Object> byNumber(String number) {
        return invoiceDao.findByNumber(String.valueOf(Long.parseLong(number.trim())));
    }

    List<Map<String, Object>> sorted(String sort) {
        String column = switch (sort) {
            case "amount" -> "total_cents";
            case "issued" -> "issued_on";
            default -> "id";
        };
        return invoiceDao.listOrderedBy(column);
    }

    List<Map<String, Object>> inStatus(String status) {
        return invoiceDao.findByStatus(status);
    }

    List<Map<String, Object>> unpaid(String customer) {
        var jdbc = invoiceDao.template();
        return jdbc.queryForList("SELECT id, total_cents FROM invoices WHERE customer_name = ? AND paid = FALSE", customer);
    }

    List<Map<String, Object>> search(XfInvoiceQuery query) {
        return invoiceDao.findForYear(query);
    }
}

record XfTenantRequest(HttpServletRequest request) {

    String schema() {
        return "billing";
    }

    long invoiceId() {
        return Long.parseLong(request.getParameter("id"));
    }
}

class XfInvoicePrintServlet extends HttpServlet {

    private final DataSource dataSource;

    XfInvoicePrintServlet(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        XfTenantRequest tenant = new XfTenantRequest(request);
        String sql = "SELECT id, total_cents FROM " + tenant.schema() + ".invoices WHERE id = " + tenant.invoiceId();
        try (Connection connection = dataSource.getConnection();
             Statement statement = connection.createStatement()) {
            response.setStatus(statement.execute(sql) ? 200 : 404);
        } catch (SQLException e) {
            throw new ServletException(e);
        }
    }
}
