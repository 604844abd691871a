package meridian.domain.pricing.product;

import meridian.domain.pricing.ProductType;
import meridian.domain.pricing.calendar.TradingCalendar;

/** A built-in structure of the pricing contract: an immutable definition that resolves to dates. */
public sealed interface Product permits Vanilla, Digital, Barrier, Sharkfin, Snowball, Phoenix, Asian {
    ProductType type();

    ContractTerms terms();

    default ResolvedProduct resolve(TradingCalendar calendar) {
        return new ResolvedProduct(this, terms().resolve(calendar));
    }
}
