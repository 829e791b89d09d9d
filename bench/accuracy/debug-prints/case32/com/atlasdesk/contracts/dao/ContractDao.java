package com.atlasdesk.contracts.dao;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

import java.util.List;

@Repository
public class ContractDao {

    private static final Log log = LogFactory.getLog(ContractDao.class);

    private final NamedParameterJdbcTemplate jdbc;

    public ContractDao(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public long insert(Contract contract) {
        var params = new MapSqlParameterSource()
                .addValue("tenantId", contract.tenantId())
                .addValue("number", contract.number())
                .addValue("counterparty", contract.counterparty())
                .addValue("startsOn", contract.startsOn())
                .addValue("endsOn", contract.endsOn());
        var keys = new GeneratedKeyHolder();
        try {
            jdbc.update("""
                    INSERT INTO contracts (tenant_id, number, counterparty, starts_on, ends_on)
                    VALUES (:tenantId, :number, :counterparty, :startsOn, :endsOn)
                    """, params, keys, new String[] {"id"});
        } catch (DuplicateKeyException ex) {
            log.warn("Contract number " + contract.number() + " already exists for tenant " + contract.tenantId(), ex);
            throw new ContractNumberTakenException(contract.number(), ex);
        }
        long id = keys.getKey().longValue();
        if (log.isDebugEnabled()) {
            log.debug("Inserted contract " + id + " (" + contract.number() + ")");
        }
        return id;
    }

    public List<Contract> findExpiringWithin(String tenantId, int days) {
        return jdbc.query("""
                SELECT tenant_id, number, counterparty, starts_on, ends_on FROM contracts
                WHERE tenant_id = :tenantId AND ends_on BETWEEN CURRENT_DATE AND CURRENT_DATE + :days
                ORDER BY ends_on
                """,
                new MapSqlParameterSource("tenantId", tenantId).addValue("days", days),
                (rs, row) -> new Contract(rs.getString(1), rs.getString(2), rs.getString(3),
                        rs.getDate(4).toLocalDate(), rs.getDate(5).toLocalDate()));
    }
}
