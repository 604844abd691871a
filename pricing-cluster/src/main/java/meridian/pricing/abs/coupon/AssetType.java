package meridian.pricing.abs.coupon;

/** The collateral of an ABS issue. */
public enum AssetType {
    AUTO_LOAN, CREDIT_CARD, RMBS, CLO, SME_LOAN, CONSUMER_LOAN, LEASE
}
