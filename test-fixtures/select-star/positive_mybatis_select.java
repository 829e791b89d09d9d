// MyBatis @Select selecting all columns: a single string, and array forms whose elements only form SELECT * once joined.
import java.util.List;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;

record CatalogProduct(long id, String sku, String name, long priceCents, long categoryId) {}

@Mapper
interface ProductMapper {

    @Select("select * from products where id = #{id}")  // expect: select-star "`products`"
    CatalogProduct findById(@Param("id") long id);

    @Select({"SELECT *", "FROM products", "WHERE category_id = #{categoryId}", "ORDER BY name"})  // expect: select-star "`products`"
    List<CatalogProduct> findByCategory(@Param("categoryId") long categoryId);

    @Select({
        "SELECT p.*",  // expect: select-star "`products`"
        "FROM products p",
        "JOIN product_tags t ON t.product_id = p.id",
        "WHERE t.tag = #{tag}"
    })
    List<CatalogProduct> findByTag(@Param("tag") String tag);
}
