package meridian.domain.rfq.reply;

import java.util.List;
import meridian.domain.rfq.parse.TextNormalizer;

/**
 * Reads a client's answer to a quote: 成交 / 做了 / ok 做 / 可以做 accept; 不做 / 算了 / 太贵了 decline.
 * A question accepts and refuses nothing (能做吗?, 要不要做?), a refusal wins over an acceptance word
 * inside it (不成交, 先不做了), market talk is no acceptance (成交量很大), and a bare acknowledgement (ok, 好的, 收到) is no acceptance: booking a deal on a
 * misunderstanding costs more than asking once more.
 */
public final class AcceptanceReader {

    private static final List<String> DECLINE = List.of(
            "不做", "不成交", "不要了", "不要", "不用了", "不需要", "算了", "先不", "暂时不", "放弃", "取消", "太贵",
            "贵了", "有点贵", "再看看", "再考虑", "考虑一下", "不考虑", "没兴趣", "不合适", "pass", "no thanks",
            "nope", "decline", "做不了");
    private static final List<String> ACCEPT = List.of(
            "成交", "做了", "做吧", "就做", "可以做", "能做", "要做", "做一下", "ok做", "ok 做", "好的做", "好的 做", "好 做",
            "行 做", "行,做", "做这个", "就这个价", "按这个价", "这个价做", "确认", "确定做", "同意", "接受", "要了",
            "拿了", "成了", "来吧", "都做", "全做", "deal", "done", "confirm", "accept", "go ahead");

    /** Words that contain an acceptance word but talk about the market (成交量: traded volume). */
    private static final List<String> MARKET_TALK = List.of("成交量", "成交额", "成交价", "确认书");

    private AcceptanceReader() {
    }

    public static AcceptanceIntent read(String message) {
        String text = TextNormalizer.normalize(message);
        if (text.isEmpty()) {
            return AcceptanceIntent.NONE;
        }
        if (isQuestion(text)) {
            return AcceptanceIntent.NONE;
        }
        for (String talk : MARKET_TALK) {
            text = text.replace(talk, " ");
        }
        if (containsAny(text, DECLINE)) {
            return AcceptanceIntent.DECLINE;
        }
        return containsAny(text, ACCEPT) ? AcceptanceIntent.ACCEPT : AcceptanceIntent.NONE;
    }

    private static boolean isQuestion(String text) {
        String trimmed = text.replaceAll("[\\s,;!~.]+$", "");
        return trimmed.contains("?") || trimmed.endsWith("吗") || trimmed.endsWith("么") || trimmed.endsWith("嘛")
                || trimmed.contains("能不能") || trimmed.contains("可不可以") || trimmed.contains("是否");
    }

    private static boolean containsAny(String text, List<String> phrases) {
        for (String phrase : phrases) {
            if (text.contains(phrase)) {
                return true;
            }
        }
        return false;
    }
}
