// A paging controller that silently ignores malformed page parameters with an empty catch block.
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
class ProductListingController {

    private static final int DEFAULT_PAGE_SIZE = 20;

    private final List<String> catalog = List.of("keyboard", "mouse", "monitor", "dock", "headset");

    @GetMapping("/products")
    List<String> list(@RequestParam(defaultValue = "0") String page,
                      @RequestParam(required = false) String size) {
        int pageSize = DEFAULT_PAGE_SIZE;
        int pageNumber = 0;
        try {
            pageSize = Integer.parseInt(size);
            pageNumber = Integer.parseInt(page);
        } catch (NumberFormatException e) {} // expect: swallowed-exception "NumberFormatException"
        return catalog.stream()
                .skip((long) pageNumber * pageSize)
                .limit(pageSize)
                .toList();
    }
}
