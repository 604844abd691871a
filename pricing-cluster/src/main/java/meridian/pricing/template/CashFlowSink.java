package meridian.pricing.template;

/** Receives the cash flows of one path as the program emits them. */
@FunctionalInterface
public interface CashFlowSink {
    /** {@code amount} in currency, paid {@code daysAfterValuation} calendar days after the valuation date. */
    void pay(double amount, double daysAfterValuation);
}
