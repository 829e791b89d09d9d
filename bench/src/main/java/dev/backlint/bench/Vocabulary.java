package dev.backlint.bench;

import java.util.List;

/**
 * Fixed word lists for modules, types, fields and values. Type names avoid the simple names
 * the generated code imports ({@code Service}, {@code Query}, {@code Table}, ...).
 */
final class Vocabulary {

    private Vocabulary() {
    }

    /** A module name and the nouns its aggregates are named after. */
    record ModuleWords(String name, List<String> nouns) {
    }

    static final List<ModuleWords> MODULES = List.of(
            new ModuleWords("orders", List.of("PurchaseOrder", "OrderLine", "Cart", "CartItem", "Checkout",
                    "Refund", "ReturnRequest", "Backorder", "Quote", "Reservation", "Fulfillment", "Coupon")),
            new ModuleWords("billing", List.of("Invoice", "InvoiceLine", "Payment", "CreditNote", "BillingAccount",
                    "TaxRate", "Charge", "Payout", "DunningNotice", "AccountStatement", "Adjustment", "Receipt")),
            new ModuleWords("users", List.of("UserAccount", "Profile", "AccessRole", "Permission", "LoginSession",
                    "Team", "Invitation", "ApiKey", "Address", "Preference", "LoginAttempt", "Membership")),
            new ModuleWords("catalog", List.of("Product", "Category", "ProductVariant", "Brand", "PriceList",
                    "ProductAttribute", "Bundle", "MediaAsset", "Listing", "ProductTag", "Supplier", "Assortment")),
            new ModuleWords("shipping", List.of("Shipment", "Parcel", "Carrier", "DeliveryRoute", "ShippingLabel",
                    "DeliveryWindow", "Pickup", "TrackingEvent", "Manifest", "ShippingZone", "RateCard",
                    "Consignment")),
            new ModuleWords("inventory", List.of("StockItem", "Warehouse", "StorageBin", "StockMovement", "Transfer",
                    "CycleCount", "Lot", "ReorderRule", "Allocation", "StockAdjustment", "Replenishment", "Putaway")),
            new ModuleWords("payments", List.of("PaymentIntent", "PaymentCard", "Chargeback", "Settlement",
                    "LedgerEntry", "Wallet", "Mandate", "Dispute", "PayoutBatch", "Authorization", "Capture", "Fee")),
            new ModuleWords("notifications", List.of("Notification", "EmailTemplate", "NotificationChannel",
                    "MessageDelivery", "Topic", "Digest", "PushToken", "SmsMessage", "WebhookEndpoint", "OptOut",
                    "Broadcast", "InboxItem")),
            new ModuleWords("reviews", List.of("Review", "ProductRating", "ReviewComment", "ModerationCase",
                    "AbuseReport", "HelpfulVote", "SellerReply", "ReviewPhoto", "ReviewInvite", "QuestionThread")),
            new ModuleWords("search", List.of("SearchTerm", "Synonym", "IndexJob", "Facet", "BoostRule",
                    "SavedSearch", "Suggestion", "StopWord", "ClickEvent", "Redirect", "SearchSession")),
            new ModuleWords("pricing", List.of("PriceRule", "Promotion", "Discount", "PriceHistory", "Markup",
                    "CompetitorPrice", "PricingTier", "Surcharge", "PriceOverride", "Rebate")),
            new ModuleWords("returns", List.of("ReturnOrder", "ReturnItem", "Inspection", "RestockTask", "Exchange",
                    "ReturnLabel", "RefundDecision", "ReturnReason", "Disposition")),
            new ModuleWords("loyalty", List.of("LoyaltyAccount", "PointsEntry", "Reward", "LoyaltyTier",
                    "Redemption", "Referral", "LoyaltyCampaign", "Badge", "Voucher")),
            new ModuleWords("reporting", List.of("ScheduledReport", "ReportRun", "Dashboard", "Widget",
                    "MetricSnapshot", "ExportJob", "AlertRule", "DataSourceLink", "Annotation")),
            new ModuleWords("accounts", List.of("Account", "Contact", "Organization", "Contract", "AccountNote",
                    "Opportunity", "SalesLead", "Territory", "Renewal", "Forecast")),
            new ModuleWords("support", List.of("Ticket", "TicketComment", "Agent", "SlaPolicy", "Macro",
                    "Escalation", "Survey", "KnowledgeArticle", "CannedReply", "Queue")),
            new ModuleWords("subscriptions", List.of("Plan", "SubscriptionPeriod", "PlanChange", "Trial",
                    "UsageRecord", "Entitlement", "Addon", "Cancellation", "Meter")),
            new ModuleWords("marketing", List.of("Campaign", "Segment", "Audience", "EmailBlast", "LandingPage",
                    "Experiment", "UtmLink", "Newsletter", "Lead")),
            new ModuleWords("analytics", List.of("TrackedEvent", "Funnel", "Cohort", "PageView", "Attribution",
                    "Conversion", "SessionRecord", "Goal", "HeatmapSample")),
            new ModuleWords("identity", List.of("Credential", "OauthClient", "AccessToken", "Consent", "MfaDevice",
                    "AuditEntry", "PasswordReset", "SigningKey", "DeviceTrust")));

    static final List<String> QUALIFIERS = List.of("Archived", "Pending", "Scheduled", "Bulk", "Partner",
            "Regional", "Draft", "Recurring", "Legacy", "Manual", "External", "Internal", "Daily", "Weekly",
            "Batch", "Corporate", "Guest", "Priority", "Seasonal", "Wholesale");

    static final List<String> KEY_FIELDS = List.of("reference", "code", "externalId", "slug", "handle", "number");

    static final List<String> OWNER_FIELDS = List.of("customerId", "accountId", "tenantId", "merchantId", "userId",
            "storeId", "partnerId", "organizationId");

    static final List<String> AMOUNT_FIELDS = List.of("total", "amount", "price", "balance", "fee", "cost");

    static final List<String> QUANTITY_FIELDS = List.of("quantity", "units", "attempts", "capacity", "itemCount",
            "seats");

    static final List<Field> EXTRA_FIELDS = List.of(
            new Field("description", "String"), new Field("notes", "String"), new Field("region", "String"),
            new Field("currency", "String"), new Field("priority", "Integer"), new Field("dueDate", "LocalDate"),
            new Field("archived", "Boolean"), new Field("source", "String"), new Field("channel", "String"),
            new Field("score", "Integer"), new Field("expiresAt", "Instant"), new Field("closedAt", "Instant"),
            new Field("createdBy", "String"), new Field("discount", "BigDecimal"), new Field("taxRate", "BigDecimal"),
            new Field("locale", "String"), new Field("country", "String"), new Field("weight", "BigDecimal"),
            new Field("rating", "Integer"), new Field("title", "String"), new Field("category", "String"),
            new Field("flagged", "Boolean"), new Field("startDate", "LocalDate"), new Field("endDate", "LocalDate"),
            new Field("externalUrl", "String"), new Field("retryCount", "Integer"), new Field("lastError", "String"),
            new Field("assignee", "String"));

    /** In lifecycle order: an aggregate's first status is its initial one, its last the terminal one. */
    static final List<String> STATUSES = List.of("DRAFT", "PENDING", "SUBMITTED", "ACTIVE", "PROCESSING",
            "ON_HOLD", "APPROVED", "SUSPENDED", "REJECTED", "COMPLETED", "FAILED", "EXPIRED", "CANCELLED",
            "ARCHIVED");

    static final List<String> PARTNERS = List.of("Erp", "Crm", "Tax", "Fraud", "Ledger", "Carrier", "Audit",
            "Pricing", "Identity", "Search", "Messaging", "Analytics", "Partner", "Legacy");

    /** Enum name suffixes and their constants. */
    record EnumWords(String suffix, List<String> constants) {
    }

    static final List<EnumWords> ENUMS = List.of(
            new EnumWords("Priority", List.of("LOW", "NORMAL", "HIGH", "URGENT", "BLOCKER")),
            new EnumWords("Channel", List.of("WEB", "MOBILE", "EMAIL", "PHONE", "PARTNER", "STORE", "KIOSK")),
            new EnumWords("Source", List.of("MANUAL", "IMPORT", "API", "SYNC", "MIGRATION", "BATCH")),
            new EnumWords("Reason", List.of("CUSTOMER_REQUEST", "FRAUD", "DUPLICATE", "EXPIRED", "POLICY", "OTHER")),
            new EnumWords("Category", List.of("STANDARD", "PREMIUM", "INTERNAL", "PROMOTIONAL", "LEGACY")),
            new EnumWords("Tier", List.of("BRONZE", "SILVER", "GOLD", "PLATINUM", "DIAMOND")),
            new EnumWords("Kind", List.of("STANDARD", "EXPRESS", "BULK", "SAMPLE", "GIFT", "DIGITAL")),
            new EnumWords("Origin", List.of("DOMESTIC", "EU", "INTERNATIONAL", "MARKETPLACE")));

    static final List<String> UTIL_SUFFIXES = List.of("Utils", "Formats", "Rules", "Calculations", "Support",
            "Helpers", "Checks");

    static final List<String> CONFIG_SUFFIXES = List.of("Config", "WebConfig", "JdbcConfig", "ClientConfig",
            "SchedulingConfig", "CacheConfig", "AsyncConfig");
}
