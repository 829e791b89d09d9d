package eval5.case37;

import java.util.List;

import org.springframework.stereotype.Service;

@Service
public class CatalogueService {

    private final CatalogueDao catalogueDao;

    public CatalogueService(CatalogueDao catalogueDao) {
        this.catalogueDao = catalogueDao;
    }

    public List<CatalogueDao.Product> browse(String category, boolean clearance) {
        if (category != null && !category.isBlank()) {
            return catalogueDao.listByCategory(category.trim());
        }
        return catalogueDao.listFrom(clearance ? CatalogueDao.CLEARANCE_VIEW : CatalogueDao.ACTIVE_VIEW);
    }
}
