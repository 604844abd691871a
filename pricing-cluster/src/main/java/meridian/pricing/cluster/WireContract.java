package meridian.pricing.cluster;

import meridian.pricing.book.BookContract;

/** A book contract as it crosses the cluster: the product as the pricing contract's JSON. */
public record WireContract(String contractId, String underlying, String productJson) {

    public static WireContract of(BookContract contract) {
        return new WireContract(contract.contractId(), contract.underlying(), ProductWire.write(contract.product()));
    }

    public BookContract toContract() {
        return new BookContract(contractId, underlying, ProductWire.read(productJson));
    }
}
