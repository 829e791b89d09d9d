package concat.case30;

/** Queries used by the replenishment jobs. Interface fields are implicitly public static final. */
interface InventorySql {
    String STOCK_TABLE = "warehouse_stock";
    String LOW_STOCK = "SELECT sku, warehouse_id, quantity FROM " + STOCK_TABLE + " WHERE quantity < reorder_level";
}
