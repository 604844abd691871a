package meridian.domain.rfq.reply;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import meridian.domain.rfq.parse.OptionType;
import meridian.domain.rfq.parse.RfqLeg;
import meridian.domain.rfq.parse.Side;
import meridian.domain.rfq.parse.Underlying;
import meridian.domain.rfq.parse.UnderlyingDirectory;

/**
 * Writes a quote back into the chat the way a trader does: the security's short name, tenor, the
 * product in desk shorthand, then the number, e.g. {@code 宁德时代 1M ATM call 报 4.35%},
 * {@code 中证500 12M 雪球 敲出103 敲入75 票息 报 15.20%}. One line per leg.
 */
public final class QuoteReplyFormatter {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final BigDecimal WAN = BigDecimal.valueOf(10_000);
    private static final BigDecimal YI = BigDecimal.valueOf(100_000_000);

    private final Map<String, String> nameByCode = new HashMap<>();

    public QuoteReplyFormatter(UnderlyingDirectory directory) {
        for (Underlying underlying : directory.all()) {
            nameByCode.put(underlying.code(), underlying.name());
        }
    }

    public String reply(List<QuotedLeg> quotes) {
        return quotes.stream().map(quote -> format(quote.leg(), quote.valuePct())).collect(Collectors.joining("\n"));
    }

    public String format(RfqLeg leg, BigDecimal valuePct) {
        StringBuilder line = new StringBuilder();
        if (leg.underlying() != null) {
            line.append(nameByCode.getOrDefault(leg.underlying(), leg.underlying())).append(' ');
        }
        if (leg.tenor() != null) {
            line.append(leg.tenor()).append(' ');
        }
        line.append(product(leg)).append(' ');
        if (leg.notional() != null) {
            line.append(amount(leg.notional())).append(' ');
        }
        if (leg.side() == Side.CLIENT_SELL) {
            line.append("(客户卖) ");
        }
        line.append(switch (leg.solveFor()) {
            case PREMIUM -> "报 ";
            case COUPON -> "票息 报 ";
            case PARTICIPATION -> "参与率 报 ";
            case STRIKE -> "行权价 报 ";
        });
        line.append(valuePct.setScale(2, RoundingMode.HALF_UP).toPlainString()).append('%');
        return line.toString();
    }

    private static String product(RfqLeg leg) {
        return switch (leg.structure()) {
            case VANILLA -> option(leg);
            case DIGITAL -> "二元 " + option(leg) + levelOf(" 收益", leg.payoutPct(), "%");
            case ASIAN -> "亚式 " + option(leg);
            case BARRIER -> barrierWords(leg) + " " + option(leg) + levelOf(" 障碍", leg.barrierPct(), "")
                    + levelOf(" 返息", leg.rebatePct(), "%");
            case SHARKFIN -> "鲨鱼鳍 " + option(leg)
                    + levelOf(leg.optionType() == OptionType.PUT ? " 下敲" : " 上敲", leg.barrierPct(), "")
                    + levelOf(" 参与率", leg.participationPct(), "%") + levelOf(" 返息", leg.rebatePct(), "%");
            case SNOWBALL -> "雪球" + autocallLevels(leg);
            case PHOENIX -> "凤凰" + autocallLevels(leg);
        };
    }

    private static String option(RfqLeg leg) {
        String strike = leg.strikePct() == null ? ""
                : leg.strikePct().compareTo(HUNDRED) == 0 ? "ATM " : leg.strikePct().toPlainString() + " ";
        String type = leg.optionType() == null ? "" : leg.optionType().name().toLowerCase();
        return (strike + type).strip();
    }

    private static String barrierWords(RfqLeg leg) {
        if (leg.barrierType() == null) {
            return "障碍";
        }
        return switch (leg.barrierType()) {
            case UP_OUT -> "向上敲出";
            case UP_IN -> "向上敲入";
            case DOWN_OUT -> "向下敲出";
            case DOWN_IN -> "向下敲入";
        };
    }

    private static String autocallLevels(RfqLeg leg) {
        return levelOf(" 敲出", leg.knockOutPct(), "") + levelOf(" 敲入", leg.knockInPct(), "")
                + levelOf(" 票息", leg.couponPct(), "%");
    }

    private static String levelOf(String label, BigDecimal value, String unit) {
        return value == null ? "" : label + value.toPlainString() + unit;
    }

    /** 10000000 → 1000万, 150000000 → 1.5亿: how sizes are written in chat. */
    static String amount(BigDecimal cny) {
        if (cny.compareTo(YI) >= 0) {
            return cny.divide(YI).stripTrailingZeros().toPlainString() + "亿";
        }
        if (cny.compareTo(WAN) >= 0) {
            return cny.divide(WAN).stripTrailingZeros().toPlainString() + "万";
        }
        return cny.toPlainString() + "元";
    }
}
