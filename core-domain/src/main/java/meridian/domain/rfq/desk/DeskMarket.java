package meridian.domain.rfq.desk;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.Map;

/**
 * The desk's market: flat spot, volatility, rate and dividend yield per underlying, with desk-wide defaults for
 * underlyings it has no entry for. Quotes are in percent of the initial price, so the spot level only matters for
 * display; the volatility drives the price.
 */
public record DeskMarket(double defaultSpot, double defaultVol, double rate, double dividendYield,
                         Map<String, Double> spots, Map<String, Double> vols) {

    public DeskMarket {
        if (!(defaultSpot > 0) || !(defaultVol > 0)) {
            throw new IllegalArgumentException("the desk's default spot and volatility must be positive");
        }
        spots = Map.copyOf(spots);
        vols = Map.copyOf(vols);
    }

    public double spot(String underlying) {
        return spots.getOrDefault(underlying, defaultSpot);
    }

    public double vol(String underlying) {
        return vols.getOrDefault(underlying, defaultVol);
    }

    /** The pricing contract's {@code market} object for this underlying on this day. */
    public ObjectNode json(String underlying, LocalDate valuationDate) {
        ObjectNode market = JsonNodeFactory.instance.objectNode();
        market.put("valuationDate", valuationDate.toString());
        market.put("spot", spot(underlying));
        market.put("vol", vol(underlying));
        market.put("rate", rate);
        market.put("dividendYield", dividendYield);
        return market;
    }
}
