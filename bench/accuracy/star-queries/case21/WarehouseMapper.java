package stars.case21;

import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;
import org.apache.ibatis.annotations.Update;

@Mapper
public interface WarehouseMapper {

    @Select("SELECT * FROM warehouses WHERE region = #{region}") // star
    List<Warehouse> byRegion(@Param("region") String region);

    @Update("UPDATE warehouses SET capacity = #{capacity} WHERE id = #{id}")
    int resize(@Param("id") long id, @Param("capacity") int capacity);

    class Warehouse {
        public long id;
        public String region;
        public int capacity;
    }
}
