package meridian.api.node;

import meridian.api.http.ApiModule;

/**
 * A business area (security master, KYC, pricing, RFQ, deals, ABS, risk): the entities and projections it starts
 * on nodes of the matching roles, and its HTTP module on {@code api} nodes. Areas are listed in {@link Areas}.
 */
public interface MeridianArea {

    /** Initialises sharded entities (write role) and projections (read role) of this area. */
    void start(NodeContext context);

    /** The area's routes; called on api nodes after every area has started. */
    ApiModule api(NodeContext context);
}
