package meridian.pricing.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import meridian.domain.common.ValidationException;
import meridian.domain.pricing.api.PriceRequest;
import meridian.domain.pricing.api.SolveRequest;
import meridian.domain.pricing.SolveFor;
import meridian.domain.pricing.product.Product;
import org.junit.jupiter.api.Test;

class ProductWireTest {

    @Test
    void everyStructureComesBackEqualFromItsContractJson() {
        for (String json : TestBook.ALL) {
            Product product = ProductWire.read(json);
            assertEquals(product, ProductWire.read(ProductWire.write(product)), json);
        }
    }

    @Test
    void badProductJsonNamesTheField() {
        ValidationException e = assertThrows(ValidationException.class,
                () -> ProductWire.read(TestBook.VANILLA.replace("\"strikePct\":100", "\"strikePct\":\"high\"")));
        assertEquals("product.strikePct", e.errors().get(0).field());
    }

    @Test
    void priceAndSolveRequestsComeBackEqual() {
        PriceRequest price = PriceRequest.of(ProductWire.read(TestBook.SNOWBALL), TestBook.MARKETS.get("000905.SH"))
                .withPaths(5_000);
        assertEquals(price, RequestWire.readPrice(RequestWire.write(price)));
        SolveRequest solve = new SolveRequest(price, SolveFor.COUPON, 1234.5);
        assertEquals(solve, RequestWire.readSolve(RequestWire.write(solve)));
    }
}
