package app;

import java.util.List;
import org.apache.ibatis.annotations.*;

@Mapper
interface ProductMapper {

    @Select({"SELECT *", "FROM products", "WHERE category_id = #{categoryId}"})
    List<Object> byCategory(@Param("categoryId") long categoryId);
}
