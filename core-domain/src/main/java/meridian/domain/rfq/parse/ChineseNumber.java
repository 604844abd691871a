package meridian.domain.rfq.parse;

/** Reads Chinese numerals as people write amounts and tenors: 一, 两, 十二, 二十四, 三百, 五千. */
final class ChineseNumber {

    static final String DIGITS = "零一二两三四五六七八九十百千";

    private ChineseNumber() {
    }

    /** The value of {@code text}, or -1 where it is not a Chinese numeral. */
    static int parse(String text) {
        if (text.isEmpty()) {
            return -1;
        }
        int total = 0;
        int current = -1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            int digit = digit(c);
            if (digit >= 0) {
                if (current >= 0) {
                    return -1;
                }
                current = digit;
                continue;
            }
            int unit = switch (c) {
                case '十' -> 10;
                case '百' -> 100;
                case '千' -> 1000;
                default -> -1;
            };
            if (unit < 0) {
                return -1;
            }
            total += (current < 0 ? 1 : current) * unit;
            current = -1;
        }
        return total + Math.max(current, 0);
    }

    private static int digit(char c) {
        return switch (c) {
            case '零' -> 0;
            case '一' -> 1;
            case '二', '两' -> 2;
            case '三' -> 3;
            case '四' -> 4;
            case '五' -> 5;
            case '六' -> 6;
            case '七' -> 7;
            case '八' -> 8;
            case '九' -> 9;
            default -> -1;
        };
    }
}
