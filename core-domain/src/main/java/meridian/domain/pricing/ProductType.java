package meridian.domain.pricing;

/** The built-in structures of the pricing contract. */
public enum ProductType { VANILLA, DIGITAL, BARRIER, SHARKFIN, SNOWBALL, PHOENIX, ASIAN }
