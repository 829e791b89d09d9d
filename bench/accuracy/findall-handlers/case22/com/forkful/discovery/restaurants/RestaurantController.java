package com.forkful.discovery.restaurants;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
public class RestaurantController {

    private final RestaurantRepository restaurantRepository;

    public RestaurantController(RestaurantRepository restaurantRepository) {
        this.restaurantRepository = restaurantRepository;
    }

    public record RestaurantCard(String slug, String name, String cuisine, double rating, String priceBand) {
    }

    @GetMapping("/restaurants")
    public List<RestaurantCard> browse(@RequestParam String city,
                                       @RequestParam(defaultValue = "any") String cuisine) {
        String wanted = cuisine.toLowerCase(Locale.ROOT);
        List<RestaurantCard> cards =
                restaurantRepository.queryByCityIgnoreCaseAndCuisine(city, wanted)
                        .stream()
                        .sorted(Comparator.comparingDouble(Restaurant::getRating).reversed())
                        .map(r -> new RestaurantCard(r.getSlug(), r.getName(), r.getCuisine(), r.getRating(), "$".repeat(r.getPriceLevel())))
                        .toList();
        return cards;
    }
}
