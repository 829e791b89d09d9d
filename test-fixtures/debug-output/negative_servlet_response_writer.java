// A CSV download servlet that prints to the response's PrintWriter, a local named out.
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.List;

@WebServlet("/reports/customers.csv")
class CustomerCsvDownloadServlet extends HttpServlet {

    private final List<String[]> customers = List.of(
            new String[] {"1", "Ada", "ada@example.com"},
            new String[] {"2", "Linus", "linus@example.com"});

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        resp.setContentType("text/csv");
        resp.setHeader("Content-Disposition", "attachment; filename=customers.csv");
        PrintWriter out = resp.getWriter();
        out.println("id,name,email");
        for (String[] c : customers) {
            out.printf("%s,%s,%s%n", c[0], c[1], c[2]);
        }
        out.flush();
    }
}
