package b;

import org.apache.ibatis.annotations.*;

interface ProductMapper {
    @Select({"SELECT *", "FROM products"})
    Object all();
}
