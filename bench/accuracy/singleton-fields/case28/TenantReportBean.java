// Monthly revenue report of the caller's tenant; the tenant is the domain part of the
// caller principal.
package singletons.case28;

import java.time.YearMonth;
import java.util.List;

import jakarta.annotation.Resource;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

@Stateless
public class TenantReportBean {

    @PersistenceContext(unitName = "reporting")
    private EntityManager em;

    @Resource
    private SessionContext sessionContext;

    private String currentTenant; // shared

    public List<RevenueRow> monthlyRevenue(YearMonth month) {
        String caller = sessionContext.getCallerPrincipal().getName();
        currentTenant = caller.substring(caller.indexOf('@') + 1);
        return em.createQuery("""
                        select new singletons.case28.RevenueRow(o.region, sum(o.totalCents))
                          from SalesOrder o
                         where o.tenant = :tenant and o.bookedOn between :from and :to
                         group by o.region""", RevenueRow.class)
                .setParameter("tenant", currentTenant)
                .setParameter("from", month.atDay(1))
                .setParameter("to", month.atEndOfMonth())
                .getResultList();
    }
}
