package meridian.domain.rfq.parse;

import java.math.BigDecimal;

/** What the lexer finds in a message, in the order it appears. */
sealed interface Token {

    /** Words that announce the number after them: 行权价 105, 敲出 103, 参与率 80%. */
    enum Label {
        STRIKE, KNOCK_OUT, KNOCK_IN, BARRIER, UP_BARRIER, DOWN_BARRIER, COUPON, REBATE, PARTICIPATION,
        PAYOUT, NOTIONAL,
        /** A number that is no key of a leg (派息线 70, 月月降 0.5, 期权费 2%): read and dropped. */
        IGNORED_NUMBER,
        /** A lock-out period (锁 3个月): the tenor after it is not the leg's tenor. */
        LOCKOUT
    }

    enum Moneyness {
        ATM, OTM, ITM
    }

    /** How strongly a separator splits what is around it. */
    enum Break {
        /** white space, 、 and / between items of one list */
        SPACE,
        /** 和, 及, 与: joins two items */
        JOIN,
        /** a comma: between clauses that usually describe the same leg */
        COMMA,
        /** ; + and the end of a sentence: what follows is another request */
        STRONG
    }

    record UnderlyingToken(String code) implements Token {
    }

    record StructureToken(Structure structure) implements Token {
    }

    record OptionTypeToken(OptionType type) implements Token {
    }

    record MoneynessToken(Moneyness moneyness) implements Token {
    }

    record LabelToken(Label label) implements Token {
    }

    /** 向上敲出 and its kin: a barrier option of that type, optionally with its level right after. */
    record BarrierTypeToken(BarrierType type) implements Token {
    }

    record SideToken(Side side) implements Token {
    }

    record SolveToken(SolveFor solveFor) implements Token {
    }

    record NumberToken(BigDecimal value, boolean percent) implements Token {
    }

    record TenorToken(Tenor tenor) implements Token {
    }

    record NotionalToken(BigDecimal cny) implements Token {
    }

    record SeparatorToken(Break strength) implements Token {
    }

    /** Anything else: greetings, politeness, words the parser has no use for. */
    record WordToken(String text) implements Token {
    }
}
