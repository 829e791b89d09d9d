// A breadcrumb builder that links only the interior crumbs, starting at `i = 1` under `i < crumbs.size() - 1`.
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;

record Breadcrumb(String title, String href) {
}

@Component
class BreadcrumbLinks {

    public List<String> middleLinks(List<Breadcrumb> crumbs) {
        List<String> links = new ArrayList<>();
        for (int i = 1; i < crumbs.size() - 1; i++) {
            Breadcrumb crumb = crumbs.get(i);
            links.add("<a href='" + crumb.href() + "'>" + crumb.title() + "</a>");
        }
        return links;
    }
}
