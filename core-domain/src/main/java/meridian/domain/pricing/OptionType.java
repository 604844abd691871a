package meridian.domain.pricing;

/** Call or put. */
public enum OptionType { CALL, PUT }
