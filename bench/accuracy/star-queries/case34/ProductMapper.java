package stars.case34;

import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;

@Mapper
public interface ProductMapper {

    @Select("SELECT id, sku, name FROM products WHERE id = #{id}")
    Product findById(@Param("id") long id);

    @Select({"SELECT id, sku, name",
             "FROM products",
             "WHERE category_id = #{categoryId}"})
    List<Product> inCategory(@Param("categoryId") long categoryId);

    class Product {
        public long id;
        public String sku;
        public String name;
    }
}
