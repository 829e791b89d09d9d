package com.nestly.listings.repository;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

public class ListingSearchRepositoryImpl implements ListingSearchRepository {

    private static final int MAX_RESULTS = 100;

    @PersistenceContext
    private EntityManager em;

    @Override
    public List<Listing> search(ListingFilter filter) {
        var jpql = new StringBuilder("SELECT l FROM Listing l WHERE l.active = true");
        Map<String, Object> params = new LinkedHashMap<>();
        if (filter.city() != null) {
            jpql.append(" AND l.city = :city");
            params.put("city", filter.city());
        }
        if (filter.minBedrooms() != null) {
            jpql.append(" AND l.bedrooms >= :minBedrooms");
            params.put("minBedrooms", filter.minBedrooms());
        }
        if (filter.maxMonthlyRent() != null) {
            jpql.append(" AND l.monthlyRent <= :maxRent");
            params.put("maxRent", filter.maxMonthlyRent());
        }
        jpql.append(filter.cheapestFirst() ? " ORDER BY l.monthlyRent ASC" : " ORDER BY l.listedAt DESC");
        System.out.println("Listing search JPQL: " + jpql + " params=" + params);
        TypedQuery<Listing> query = em.createQuery(jpql.toString(), Listing.class);
        params.forEach(query::setParameter);
        return query.setMaxResults(MAX_RESULTS).getResultList();
    }
}
