package meridian.domain.rfq.parse;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Turns requests into legs: fills what a later request leaves out from the one before it (同期限,
 * the same underlying), applies the contract's defaults per structure, and multiplies each request's
 * underlyings, tenors and options into legs.
 */
final class LegResolver {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private LegResolver() {
    }

    static List<RfqLeg> resolve(List<RequestDraft> requests) {
        List<RfqLeg> legs = new ArrayList<>();
        RequestDraft previous = null;
        for (RequestDraft request : requests) {
            if (previous != null) {
                inherit(request, previous);
            }
            if (asksForQuote(request)) {
                legs.addAll(legsOf(request));
            }
            previous = request;
        }
        return legs;
    }

    private static void inherit(RequestDraft request, RequestDraft previous) {
        if (request.underlyings.isEmpty()) {
            request.underlyings.addAll(previous.underlyings);
        }
        if (request.tenors.isEmpty()) {
            request.tenors.addAll(previous.tenors);
        }
        if (request.side == null) {
            request.side = previous.side;
        }
        if (request.definesProduct()) {
            return;
        }
        if (request.options.isEmpty()) {
            for (OptionDraft option : previous.options) {
                OptionDraft copy = new OptionDraft();
                copy.strike = option.strike;
                copy.type = option.type;
                copy.structure = option.structure;
                request.options.add(copy);
            }
        }
        boolean autocall = previous.structure != null && previous.structure.isAutocall();
        if (!autocall || request.options.isEmpty()) {
            request.structure = previous.structure;
            request.barrierType = previous.barrierType;
            request.barrierUp = previous.barrierUp;
            request.knockOutNamed = previous.knockOutNamed;
            request.knockInNamed = previous.knockInNamed;
            request.knockOut = previous.knockOut;
            request.knockIn = previous.knockIn;
            request.barrier = previous.barrier;
            request.coupon = previous.coupon;
            if (request.rebate == null) {
                request.rebate = previous.rebate;
            }
            if (request.participation == null) {
                request.participation = previous.participation;
            }
            if (request.payout == null) {
                request.payout = previous.payout;
            }
            if (request.solveFor == null) {
                request.solveFor = previous.solveFor;
            }
        }
    }

    /**
     * Greetings and chatter ask for nothing. A security needs a tenor or a specific term with it
     * (平安 alone, or 宁德今天涨了, is talk about a stock); without a security, a structure or option
     * type with a tenor is still a request (the underlying is then null).
     */
    private static boolean asksForQuote(RequestDraft request) {
        boolean specific = request.definesProduct() || request.knockOutNamed || request.knockInNamed
                || request.options.stream().anyMatch(option -> option.strike != null || option.structure != null);
        boolean typed = request.options.stream().anyMatch(option -> option.type != null);
        if (!request.underlyings.isEmpty()) {
            return specific || !request.tenors.isEmpty();
        }
        return (specific || typed) && !request.tenors.isEmpty();
    }

    private static List<RfqLeg> legsOf(RequestDraft request) {
        List<OptionDraft> options = completeOptions(request);
        List<BigDecimal> notionals = notionalsPerOption(request, options);
        List<String> underlyings = request.underlyings.isEmpty() ? nullList() : request.underlyings;
        List<Tenor> tenors = request.tenors.isEmpty() ? nullList() : request.tenors;
        List<RfqLeg> legs = new ArrayList<>();
        for (String underlying : underlyings) {
            for (Tenor tenor : tenors) {
                for (int i = 0; i < options.size(); i++) {
                    legs.add(leg(request, underlying, tenor, options.get(i), notionals.get(i)));
                }
            }
        }
        return legs;
    }

    private static <T> List<T> nullList() {
        List<T> one = new ArrayList<>();
        one.add(null);
        return one;
    }

    /** 平值看涨和看跌: the put takes the strike said for the call; 95 100 put: both are puts. */
    private static List<OptionDraft> completeOptions(RequestDraft request) {
        List<OptionDraft> options = new ArrayList<>(request.options);
        if (options.isEmpty()) {
            options.add(new OptionDraft());
        }
        for (int i = 1; i < options.size(); i++) {
            if (options.get(i).strike == null) {
                options.get(i).strike = options.get(i - 1).strike;
            }
        }
        for (int i = options.size() - 2; i >= 0; i--) {
            if (options.get(i).type == null) {
                options.get(i).type = options.get(i + 1).type;
            }
        }
        for (int i = 1; i < options.size(); i++) {
            if (options.get(i).type == null) {
                options.get(i).type = options.get(i - 1).type;
            }
        }
        boolean autocall = request.structure != null && request.structure.isAutocall();
        if (autocall) {
            assignKnockLevels(request);
        } else if (options.size() == 1 && options.get(0).strike == null) {
            request.looseNumbers.stream()
                    .filter(n -> n.compareTo(BigDecimal.valueOf(50)) >= 0 && n.compareTo(BigDecimal.valueOf(200)) <= 0)
                    .findFirst()
                    .ifPresent(level -> options.get(0).strike = StrikeSpec.level(level));
        }
        return options;
    }

    /** 雪球 103/75 and 雪球 103 75: the higher level knocks out, the lower knocks in. */
    private static void assignKnockLevels(RequestDraft request) {
        List<BigDecimal> loose = new ArrayList<>(request.looseNumbers);
        if (request.knockOut == null && request.knockIn == null && loose.size() >= 2) {
            BigDecimal a = loose.get(0);
            BigDecimal b = loose.get(1);
            request.knockOut = a.max(b);
            request.knockIn = a.min(b);
            return;
        }
        for (BigDecimal level : loose) {
            if (request.knockOut == null && (request.knockIn == null || level.compareTo(request.knockIn) > 0)) {
                request.knockOut = level;
            } else if (request.knockIn == null && level.compareTo(request.knockOut) < 0) {
                request.knockIn = level;
            }
        }
    }

    /**
     * Sizes: one per option when every option has its own (100c 1000万，105c 500万); one size said
     * once applies to every option (平值 call 和 put 各500万).
     */
    private static List<BigDecimal> notionalsPerOption(RequestDraft request, List<OptionDraft> options) {
        Set<BigDecimal> distinct = new HashSet<>(request.notionals);
        options.stream().filter(o -> o.notional != null).forEach(o -> distinct.add(o.notional));
        boolean everyOption = options.stream().allMatch(o -> o.notional != null);
        BigDecimal shared = distinct.size() == 1 ? distinct.iterator().next()
                : request.notionals.isEmpty() ? null : request.notionals.get(0);
        List<BigDecimal> result = new ArrayList<>();
        for (OptionDraft option : options) {
            result.add(everyOption || option.notional != null && distinct.size() > 1 ? option.notional : shared);
        }
        return result;
    }

    private static RfqLeg leg(RequestDraft request, String underlying, Tenor tenor, OptionDraft option,
            BigDecimal notional) {
        Structure structure = structureOf(request, option);
        OptionType type = optionTypeOf(request, option, structure);
        BigDecimal barrier = structure.hasBarrier() ? barrierLevelOf(request, structure) : null;
        SolveFor solveFor = solveForOf(request, structure);
        BigDecimal strike = null;
        if (solveFor != SolveFor.STRIKE) {
            strike = option.strike == null ? null : option.strike.percentFor(type);
            if (strike == null && !structure.isAutocall()) {
                strike = HUNDRED;
            }
        }
        BarrierType barrierType = structure.hasBarrier() ? barrierTypeOf(request, structure, type, barrier, strike) : null;
        boolean autocall = structure.isAutocall();
        return new RfqLeg(
                underlying,
                structure,
                type,
                tenor,
                strike,
                autocall ? request.knockOut : null,
                autocall ? request.knockIn : null,
                barrier,
                barrierType,
                autocall ? request.coupon : null,
                structure.hasBarrier() ? request.rebate : null,
                autocall ? null : request.participation,
                structure == Structure.DIGITAL ? request.payout : null,
                notional,
                request.side == null ? Side.CLIENT_BUY : request.side,
                solveFor);
    }

    private static Structure structureOf(RequestDraft request, OptionDraft option) {
        if (option.structure != null) {
            return option.structure;
        }
        if (request.structure != null && request.structure != Structure.VANILLA) {
            return request.structure;
        }
        if (request.barrierType != null) {
            return Structure.BARRIER;
        }
        boolean knockNamed = request.knockOutNamed || request.knockInNamed;
        if (option.type != null && (knockNamed || request.barrier != null)) {
            return Structure.BARRIER;
        }
        if (option.type == null && option.strike == null && request.structure == null
                && (knockNamed || request.coupon != null)) {
            return Structure.SNOWBALL;
        }
        return Structure.VANILLA;
    }

    private static OptionType optionTypeOf(RequestDraft request, OptionDraft option, Structure structure) {
        if (structure.isAutocall()) {
            return null;
        }
        if (option.type != null) {
            return option.type;
        }
        if (structure == Structure.SHARKFIN) {
            return barrierIsUp(request, barrierLevelOf(request, structure), HUNDRED) ? OptionType.CALL : OptionType.PUT;
        }
        if (structure == Structure.BARRIER && request.barrierType != null) {
            return request.barrierType.isUp() ? OptionType.CALL : OptionType.PUT;
        }
        return null;
    }

    private static BigDecimal barrierLevelOf(RequestDraft request, Structure structure) {
        if (request.barrier != null) {
            return request.barrier;
        }
        if (structure == Structure.BARRIER && request.barrierType != null) {
            return request.barrierType.isOut() ? request.knockOut : request.knockIn;
        }
        return request.knockOut != null ? request.knockOut : request.knockIn;
    }

    private static BarrierType barrierTypeOf(RequestDraft request, Structure structure, OptionType type,
            BigDecimal barrier, BigDecimal strike) {
        if (structure == Structure.SHARKFIN) {
            return type == OptionType.PUT ? BarrierType.DOWN_OUT : BarrierType.UP_OUT;
        }
        if (request.barrierType != null) {
            return request.barrierType;
        }
        boolean up = request.barrierUp != null ? request.barrierUp
                : barrier != null ? barrierIsUp(request, barrier, strike == null ? HUNDRED : strike)
                : type != OptionType.PUT;
        boolean out = !(request.knockInNamed && !request.knockOutNamed);
        return BarrierType.of(up, out);
    }

    private static boolean barrierIsUp(RequestDraft request, BigDecimal barrier, BigDecimal reference) {
        if (request.barrierUp != null) {
            return request.barrierUp;
        }
        if (request.barrierType != null) {
            return request.barrierType.isUp();
        }
        return barrier == null || barrier.compareTo(reference) >= 0;
    }

    private static SolveFor solveForOf(RequestDraft request, Structure structure) {
        if (request.solveFor == SolveFor.STRIKE) {
            return SolveFor.STRIKE;
        }
        if (structure.isAutocall()) {
            return request.coupon != null ? SolveFor.PREMIUM : SolveFor.COUPON;
        }
        if (structure == Structure.SHARKFIN) {
            return request.participation != null ? SolveFor.PREMIUM : SolveFor.PARTICIPATION;
        }
        if (request.solveFor == SolveFor.PARTICIPATION && request.participation == null) {
            return SolveFor.PARTICIPATION;
        }
        return SolveFor.PREMIUM;
    }
}
