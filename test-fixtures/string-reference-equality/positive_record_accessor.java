// A tenant access service that compares String components of a record with == and !=.
import org.springframework.stereotype.Service;

record TenantContext(String tenantId, String plan, int seats) {
}

@Service
public class TenantAccessService {

    public boolean canAccess(TenantContext ctx, String requestTenant) {
        if (ctx.seats() == 0) {
            return false;
        }
        return ctx.tenantId() == requestTenant; // expect: string-reference-equality "`ctx.tenantId()`"
    }

    public int maxProjects(TenantContext ctx) {
        if (ctx.plan() != "ENTERPRISE") { // expect: string-reference-equality "`ctx.plan()`"
            return 10;
        }
        return 1000;
    }

    public boolean samePlan(TenantContext left, TenantContext right) {
        return left.plan() == right.plan(); // expect: string-reference-equality "`left.plan()`"
    }
}
