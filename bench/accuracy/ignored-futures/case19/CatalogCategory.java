// A category of the catalog tree as the catalog service returns it.
package ignoredfutures.case19;

public record CatalogCategory(String slug, String title, String parentSlug, int position) {
}
