package meridian.domain.abs.product;

/**
 * The collateral of an ABS product. The names match the coupon model's asset types
 * ({@code meridian.pricing.abs.coupon.AssetType}), so that an estimate can be asked for by name.
 */
public enum AbsAssetType {
    AUTO_LOAN, CREDIT_CARD, RMBS, CLO, SME_LOAN, CONSUMER_LOAN, LEASE
}
