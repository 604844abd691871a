package meridian.api.node;

import meridian.api.abs.AbsArea;
import meridian.api.kyc.KycArea;
import meridian.api.pricing.PricingArea;
import meridian.api.rfq.RfqArea;
import meridian.api.risk.RiskArea;
import meridian.api.security.SecurityArea;

import java.util.List;

/** Every business area a node runs, in start order. */
public final class Areas {

    private Areas() {
    }

    public static List<MeridianArea> all() {
        return List.of(
                new SecurityArea(),
                new PricingArea(),
                new KycArea(),
                new AbsArea(),
                new RfqArea(),
                new RiskArea());
    }
}
