// JAX-RS cart API of the kiosk backend, registered as a singleton resource: carts live in
// memory per cart id, the first item added creates the cart.
package checkthenact.case34;

import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.inject.Singleton;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

@Path("/kiosk/carts")
@Singleton
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class CartResource {

    private final ConcurrentHashMap<UUID, KioskCart> carts = new ConcurrentHashMap<>();

    @POST
    @Path("/{cartId}/items")
    public KioskCart addItem(@PathParam("cartId") UUID cartId, KioskCart.Item item) {
        if (carts.get(cartId) == null) { // race
            carts.put(cartId, new KioskCart(cartId));
        }
        var cart = carts.get(cartId);
        cart.add(item);
        return cart;
    }

    @GET
    @Path("/{cartId}")
    public KioskCart get(@PathParam("cartId") UUID cartId) {
        var cart = carts.get(cartId);
        if (cart == null) {
            throw new NotFoundException();
        }
        return cart;
    }
}
