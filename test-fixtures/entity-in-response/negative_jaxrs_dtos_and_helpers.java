// A JAX-RS resource whose HTTP methods return records, void and a count, while its non-resource helper methods return the StockItem entity of another file.
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;

record StockLevelView(Long id, String sku, int quantity, String warehouseCode) {

    static StockLevelView of(StockItem item) {
        return new StockLevelView(item.getId(), item.getSku(), item.getQuantity(), item.getWarehouse().getCode());
    }
}

record StockAdjustment(int delta, String reason) {
}

@Path("/stock-levels")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
class StockLevelResource {

    @PersistenceContext
    EntityManager em;

    @GET
    public List<StockLevelView> levels(@QueryParam("sku") String sku) {
        return itemsWithSku(sku).stream().map(StockLevelView::of).toList();
    }

    @GET
    @Path("/{id}")
    public StockLevelView level(@PathParam("id") long id) {
        return StockLevelView.of(loadItem(id));
    }

    @GET
    @Path("/count")
    public Long count() {
        return em.createQuery("select count(s) from StockItem s", Long.class).getSingleResult();
    }

    @POST
    @Path("/{id}/adjustments")
    public void adjust(@PathParam("id") long id, StockAdjustment adjustment) {
        em.createQuery("update StockItem s set s.quantity = s.quantity + :delta where s.id = :id")
                .setParameter("delta", adjustment.delta())
                .setParameter("id", id)
                .executeUpdate();
    }

    @DELETE
    @Path("/{id}")
    public void remove(@PathParam("id") long id) {
        em.remove(loadItem(id));
    }

    public StockItem loadItem(long id) {
        StockItem item = em.find(StockItem.class, id);
        if (item == null) {
            throw new NotFoundException("stock item " + id);
        }
        return item;
    }

    private List<StockItem> itemsWithSku(String sku) {
        return em.createQuery("select s from StockItem s where s.sku = :sku", StockItem.class)
                .setParameter("sku", sku)
                .getResultList();
    }
}
