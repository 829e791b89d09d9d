// SQL-bearing annotations that name their columns: native @Query, @NamedNativeQuery, MyBatis @Select (string and array).
import java.util.List;
import java.util.Optional;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedNativeQuery;
import jakarta.persistence.Table;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Select;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

@Entity
@Table(name = "warehouse_items")
@NamedNativeQuery(
        name = "WarehouseItem.lowStockNative",
        query = "SELECT id, sku, quantity FROM warehouse_items WHERE quantity < reorder_level",
        resultClass = WarehouseItem.class)
class WarehouseItem {
    @Id
    Long id;
    String sku;
    int quantity;
}

interface WarehouseItemRepository extends JpaRepository<WarehouseItem, Long> {

    @Query(value = "SELECT w.id, w.sku, w.quantity FROM warehouse_items w WHERE w.sku = :sku", nativeQuery = true)
    Optional<WarehouseItem> findBySkuNative(@Param("sku") String sku);

    @Query(value = "SELECT count(*) FROM warehouse_items WHERE quantity = 0", nativeQuery = true)
    long countOutOfStock();
}

@Mapper
interface StockMapper {

    @Select("select id, sku, quantity from warehouse_items where id = #{id}")
    WarehouseItem findById(long id);

    @Select({"SELECT id, sku, quantity", "FROM warehouse_items", "WHERE sku LIKE #{prefix}"})
    List<WarehouseItem> findBySkuPrefix(String prefix);

    @Select({"SELECT COUNT(*)", "FROM warehouse_items", "WHERE quantity < reorder_level"})
    int countLowStock();
}
