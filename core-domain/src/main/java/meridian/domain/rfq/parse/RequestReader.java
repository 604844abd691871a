package meridian.domain.rfq.parse;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import meridian.domain.rfq.parse.RequestDraft.Part;
import meridian.domain.rfq.parse.Token.BarrierTypeToken;
import meridian.domain.rfq.parse.Token.Break;
import meridian.domain.rfq.parse.Token.LabelToken;
import meridian.domain.rfq.parse.Token.Moneyness;
import meridian.domain.rfq.parse.Token.MoneynessToken;
import meridian.domain.rfq.parse.Token.NotionalToken;
import meridian.domain.rfq.parse.Token.NumberToken;
import meridian.domain.rfq.parse.Token.OptionTypeToken;
import meridian.domain.rfq.parse.Token.SeparatorToken;
import meridian.domain.rfq.parse.Token.SideToken;
import meridian.domain.rfq.parse.Token.SolveToken;
import meridian.domain.rfq.parse.Token.StructureToken;
import meridian.domain.rfq.parse.Token.TenorToken;
import meridian.domain.rfq.parse.Token.UnderlyingToken;

/**
 * Reads tokens into requests. A request collects lists (underlyings, tenors, options) whose cross
 * product gives its legs, and shared terms. A new request starts at {@code ;} or {@code +}, or when a
 * list that is already complete grows again: in 宁德 1个月 95put 3个月 100call the second tenor
 * comes after an option, so it pairs with the option after it, not with the first one.
 */
final class RequestReader {

    private final List<Token> tokens;
    private final List<RequestDraft> requests = new ArrayList<>();
    private RequestDraft current = new RequestDraft();
    private int index;

    private RequestReader(List<Token> tokens) {
        this.tokens = tokens;
    }

    static List<RequestDraft> read(List<Token> tokens) {
        RequestReader reader = new RequestReader(tokens);
        reader.readAll();
        return reader.requests;
    }

    private void readAll() {
        for (index = 0; index < tokens.size(); index++) {
            read(tokens.get(index));
        }
        finishRequest();
    }

    private void read(Token token) {
        if (token instanceof SeparatorToken separator) {
            if (separator.strength() == Break.STRONG) {
                startRequest();
            }
        } else if (token instanceof UnderlyingToken underlying) {
            growList(Part.UNDERLYING);
            if (!current.underlyings.contains(underlying.code())) {
                current.underlyings.add(underlying.code());
            }
        } else if (token instanceof TenorToken tenor) {
            growList(Part.TENOR);
            if (!current.tenors.contains(tenor.tenor())) {
                current.tenors.add(tenor.tenor());
            }
        } else if (token instanceof StructureToken structure) {
            structure(structure.structure());
        } else if (token instanceof OptionTypeToken type) {
            optionType(type.type(), null);
        } else if (token instanceof MoneynessToken moneyness) {
            moneyness(moneyness.moneyness());
        } else if (token instanceof LabelToken label) {
            label(label.label());
        } else if (token instanceof BarrierTypeToken barrier) {
            current.barrierType = barrier.type();
            BigDecimal level = takeNumber();
            if (level != null) {
                current.barrier = level;
            }
        } else if (token instanceof NumberToken number) {
            number(number);
        } else if (token instanceof NotionalToken notional) {
            notional(notional.cny());
        } else if (token instanceof SideToken side) {
            current.side = side.side();
        } else if (token instanceof SolveToken solve) {
            current.solveFor = solve.solveFor();
        }
        // WordToken: greetings, politeness and words without meaning for a quote
    }

    private void startRequest() {
        finishRequest();
        current = new RequestDraft();
    }

    private void finishRequest() {
        if (!current.isEmpty()) {
            requests.add(current);
        }
        current = new RequestDraft();
    }

    private void growList(Part part) {
        if (current.isClosed(part)) {
            startRequest();
        }
        current.grew(part);
    }

    private void structure(Structure structure) {
        Token next = peek();
        if (next instanceof OptionTypeToken type) {
            // 二元看涨, 鲨鱼鳍看跌: the structure belongs to this option
            index = nextIndex();
            optionType(type.type(), structure);
        }
        if (current.structure == null || current.structure == Structure.VANILLA) {
            current.structure = structure;
        }
    }

    private void optionType(OptionType type, Structure structure) {
        OptionDraft option = current.currentOption();
        if (option == null || option.type != null) {
            option = newOption();
        }
        option.type = type;
        if (structure != null) {
            option.structure = structure;
        }
    }

    private void strike(StrikeSpec strike) {
        OptionDraft option = current.currentOption();
        if (option == null || option.strike != null) {
            option = newOption();
        }
        option.strike = strike;
    }

    private OptionDraft newOption() {
        if (current.isClosed(Part.OPTION)) {
            startRequest();
        }
        return current.newOption();
    }

    private void moneyness(Moneyness moneyness) {
        if (moneyness == Moneyness.ATM) {
            strike(StrikeSpec.atTheMoney());
            return;
        }
        BigDecimal offset = takeNumber();
        if (offset != null) {
            strike(StrikeSpec.moneyness(moneyness, offset));
        }
    }

    private void label(Token.Label label) {
        if (label == Token.Label.LOCKOUT) {
            if (peek() instanceof TenorToken) {
                index = nextIndex();
            }
            return;
        }
        if (label == Token.Label.NOTIONAL) {
            Token next = peek();
            if (next instanceof NotionalToken notional) {
                index = nextIndex();
                notional(notional.cny());
            } else if (next instanceof NumberToken number && !number.percent()) {
                index = nextIndex();
                notional(bareNotional(number.value()));
            }
            return;
        }
        BigDecimal value = takeNumber();
        if (label == Token.Label.KNOCK_IN) {
            current.knockInNamed = true;
        }
        if (label == Token.Label.KNOCK_OUT) {
            current.knockOutNamed = true;
        }
        if (value == null) {
            return;
        }
        switch (label) {
            case STRIKE -> strike(StrikeSpec.level(value));
            case KNOCK_OUT -> current.knockOut = value;
            case KNOCK_IN -> current.knockIn = value;
            case BARRIER -> current.barrier = value;
            case UP_BARRIER -> {
                current.barrier = value;
                current.barrierUp = true;
            }
            case DOWN_BARRIER -> {
                current.barrier = value;
                current.barrierUp = false;
            }
            case COUPON -> current.coupon = value;
            case REBATE -> current.rebate = value;
            case PARTICIPATION -> current.participation = value;
            case PAYOUT -> current.payout = value;
            default -> {
                // IGNORED_NUMBER: read and dropped
            }
        }
    }

    /**
     * A plain number: the strike when an option type is next to it (95 put, 看跌 95) or closes a list
     * of numbers (95/100/105 put); otherwise kept loose for the resolver (雪球 103/75).
     */
    private void number(NumberToken number) {
        OptionDraft option = current.currentOption();
        boolean typeBefore = previous() instanceof OptionTypeToken && option != null && option.strike == null;
        if (!number.percent() && isStrikeLevel(number.value()) && (listEndsInOptionType() || typeBefore)) {
            strike(StrikeSpec.level(number.value()));
            return;
        }
        current.looseNumbers.add(number.value());
    }

    private boolean listEndsInOptionType() {
        int next = nextIndex(index);
        while (next < tokens.size() && tokens.get(next) instanceof NumberToken number && !number.percent()) {
            next = nextIndex(next);
        }
        return next < tokens.size() && tokens.get(next) instanceof OptionTypeToken;
    }

    private static boolean isStrikeLevel(BigDecimal value) {
        return value.signum() > 0 && value.compareTo(BigDecimal.valueOf(300)) <= 0;
    }

    private void notional(BigDecimal cny) {
        OptionDraft option = current.currentOption();
        if (option != null && option.notional == null) {
            option.notional = cny;
        } else {
            current.notionals.add(cny);
        }
    }

    /** 名本 1000 means 1000万: below a hundred thousand a bare amount is in 万. */
    private static BigDecimal bareNotional(BigDecimal value) {
        if (value.compareTo(BigDecimal.valueOf(100_000)) < 0) {
            return value.multiply(BigDecimal.valueOf(10_000));
        }
        return value;
    }

    private BigDecimal takeNumber() {
        if (peek() instanceof NumberToken number) {
            index = nextIndex();
            return number.value();
        }
        return null;
    }

    /** The next token that is not white space. */
    private Token peek() {
        int next = nextIndex();
        return next < tokens.size() ? tokens.get(next) : null;
    }

    private int nextIndex() {
        return nextIndex(index);
    }

    private int nextIndex(int from) {
        int next = from + 1;
        while (next < tokens.size() && isSpace(tokens.get(next))) {
            next++;
        }
        return next;
    }

    private Token previous() {
        int before = index - 1;
        while (before >= 0 && isSpace(tokens.get(before))) {
            before--;
        }
        return before >= 0 ? tokens.get(before) : null;
    }

    private static boolean isSpace(Token token) {
        return token instanceof SeparatorToken separator && separator.strength() == Break.SPACE;
    }
}
