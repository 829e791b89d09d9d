// The existence check made in a helper method that throws when the row exists, and the save after the helper's call in the same class: the finding is on the helper's if, with the caller's save as the write. A caller that saves another entity, or catches the duplicate key, is not a race on that column.
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.mongodb.repository.MongoRepository;
import org.springframework.stereotype.Service;

@Entity
class CatalogueProduct {

    @Id
    @GeneratedValue
    private Long id;

    private String name;

    @Column(unique = true)
    private String slug;

    protected CatalogueProduct() {
    }

    CatalogueProduct(String name, String slug) {
        this.name = name;
        this.slug = slug;
    }
}

interface CatalogueProductRepository extends MongoRepository<CatalogueProduct, Long> {

    boolean existsByName(String name);

    boolean existsBySlug(String slug);
}

record NewCatalogueProduct(String name, String slug) {
}

class DuplicateCatalogueProduct extends RuntimeException {
    DuplicateCatalogueProduct(String name) {
        super(name);
    }
}

@Service
class CatalogueProductService {

    private final CatalogueProductRepository products;

    CatalogueProductService(CatalogueProductRepository products) {
        this.products = products;
    }

    CatalogueProduct create(NewCatalogueProduct request) {
        validateUniqueName(request.name());
        return products.save(new CatalogueProduct(request.name(), request.slug()));
    }

    CatalogueProduct createQuietly(NewCatalogueProduct request) {
        validateUniqueName(request.name());
        try {
            return products.save(new CatalogueProduct(request.name(), request.slug()));
        } catch (DataIntegrityViolationException duplicate) {
            throw new DuplicateCatalogueProduct(request.name());
        }
    }

    private void validateUniqueName(String name) {
        if (products.existsByName(name)) { // expect: check-then-act "`products`"
            throw new DuplicateCatalogueProduct(name);
        }
    }

    // the slug is a unique column: the database refuses the second insert
    CatalogueProduct createBySlug(NewCatalogueProduct request) {
        validateUniqueSlug(request.slug());
        return products.save(new CatalogueProduct(request.name(), request.slug()));
    }

    private void validateUniqueSlug(String slug) {
        if (products.existsBySlug(slug)) {
            throw new DuplicateCatalogueProduct(slug);
        }
    }
}
