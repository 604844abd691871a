package meridian.domain.rfq.parse;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * What one request of a message says, as it is being read: the lists that multiply into legs
 * (underlyings × tenors × options) and the terms shared by all its legs.
 */
final class RequestDraft {

    /** The list-valued parts of a request, to tell when a list is complete. */
    enum Part {
        UNDERLYING, TENOR, OPTION
    }

    final List<String> underlyings = new ArrayList<>();
    final List<Tenor> tenors = new ArrayList<>();
    final List<OptionDraft> options = new ArrayList<>();
    final List<BigDecimal> looseNumbers = new ArrayList<>();
    final List<BigDecimal> notionals = new ArrayList<>();
    Structure structure;
    BarrierType barrierType;
    Boolean barrierUp;
    boolean knockOutNamed;
    boolean knockInNamed;
    BigDecimal knockOut;
    BigDecimal knockIn;
    BigDecimal barrier;
    BigDecimal coupon;
    BigDecimal rebate;
    BigDecimal participation;
    BigDecimal payout;
    Side side;
    SolveFor solveFor;
    private Part lastPart;
    private final List<Part> closed = new ArrayList<>();

    /** Records that {@code part} grew; a list is complete once another list grew after it. */
    void grew(Part part) {
        if (lastPart != null && lastPart != part && !closed.contains(lastPart)) {
            closed.add(lastPart);
        }
        lastPart = part;
    }

    /** Whether adding to {@code part} starts another request (宁德 1个月 95put 3个月 ... ). */
    boolean isClosed(Part part) {
        return closed.contains(part);
    }

    OptionDraft currentOption() {
        return options.isEmpty() ? null : options.get(options.size() - 1);
    }

    OptionDraft newOption() {
        OptionDraft option = new OptionDraft();
        options.add(option);
        grew(Part.OPTION);
        return option;
    }

    /** Terms that define the product itself, as opposed to which security, tenor or size. */
    boolean definesProduct() {
        return structure != null || barrierType != null || knockOut != null || knockIn != null || barrier != null
                || coupon != null;
    }

    boolean isEmpty() {
        return underlyings.isEmpty() && tenors.isEmpty() && options.isEmpty() && !definesProduct()
                && notionals.isEmpty() && looseNumbers.isEmpty() && side == null && solveFor == null
                && participation == null && payout == null && rebate == null;
    }
}
