package concat.case49;

public final class Sql {
    private Sql() {
    }

    public static final class Payouts {
        public static final String TABLE = "payouts";
        public static final String INSERT =
                "INSERT INTO " + TABLE + " (merchant_id, amount_cents, currency, requested_at) VALUES (?, ?, ?, now())";

        private Payouts() {
        }
    }
}
