package com.forkful.discovery.restaurants;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface RestaurantRepository extends JpaRepository<Restaurant, Long> {

    List<Restaurant> queryByCityIgnoreCaseAndCuisine(String city, String cuisine);
}
