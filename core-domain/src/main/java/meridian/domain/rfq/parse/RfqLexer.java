package meridian.domain.rfq.parse;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import meridian.domain.rfq.parse.ProjectSegmenter.Word;
import meridian.domain.rfq.parse.Token.Break;
import meridian.domain.rfq.parse.Token.NotionalToken;
import meridian.domain.rfq.parse.Token.NumberToken;
import meridian.domain.rfq.parse.Token.SeparatorToken;
import meridian.domain.rfq.parse.Token.TenorToken;
import meridian.domain.rfq.parse.Token.UnderlyingToken;
import meridian.domain.rfq.parse.Token.WordToken;

/**
 * Turns a normalised, segmented message into tokens. Words that HanLP segmented and that are
 * project words (security names, lexicon entries) become their tokens; numbers are read from the
 * text together with their unit (1个月, 1/3/6个月, 两年期, 1000w, 1个亿, 5%); ASCII runs are read
 * whole, so that an alias such as IC is never found inside another word.
 */
final class RfqLexer {

    private static final String NUMBER = "\\d+(?:\\.\\d+)?";
    // an ASCII unit must end its word (1m, not the m of 1mln); a Chinese one may touch a letter (1个月atm)
    private static final String TENOR_UNIT = "个月期|个月|月期|个星期|星期|周|天|日|年半|年期|年|月|(?:mo|m|w|d|y|yr)(?![a-z])";
    private static final Pattern TENOR_LIST = Pattern.compile(
            "(" + NUMBER + "(?:\\s*[/、]\\s*" + NUMBER + ")*)\\s*(" + TENOR_UNIT + ")");
    private static final Pattern NOTIONAL = Pattern.compile(
            "(" + NUMBER + ")\\s*(个)?\\s*(亿元|亿|千万|百万|万元|万|元|(?:kw|w|e)(?![a-z]))");
    private static final Pattern PERCENT = Pattern.compile("(" + NUMBER + ")\\s*(%|个点)");
    private static final Pattern PLAIN = Pattern.compile(NUMBER);
    private static final Pattern CODE = Pattern.compile("(?:sh|sz)?(\\d{6})(?:\\.(?:sh|sz|csi))?(?![0-9a-z])");
    private static final Pattern FUTURES = Pattern.compile("(ic|if|ih|im)\\d{4}(?![0-9a-z])");
    private static final Pattern CHINESE_TENOR = Pattern.compile(
            "([" + ChineseNumber.DIGITS + "]+|半)\\s*(个月期|个月|月期|个星期|星期|周|天|日|年半|年期|年|月)");
    private static final Pattern CHINESE_NOTIONAL = Pattern.compile(
            "([" + ChineseNumber.DIGITS + "]+)\\s*(个)?\\s*(亿|千万|百万|万)");

    private final SecurityIndex securities;
    private final DomainLexicon lexicon;
    private final int longestProjectWord;
    private final Set<Character> projectWordStarts = new HashSet<>();

    RfqLexer(SecurityIndex securities, DomainLexicon lexicon) {
        this.securities = securities;
        this.lexicon = lexicon;
        int longest = 1;
        List<String> projectWords = new ArrayList<>(securities.words().keySet());
        projectWords.addAll(lexicon.words());
        for (String word : projectWords) {
            longest = Math.max(longest, word.length());
            projectWordStarts.add(word.charAt(0));
        }
        this.longestProjectWord = longest;
    }

    List<Token> lex(String text, List<Word> words) {
        Map<Integer, String> wordAt = new HashMap<>();
        for (Word word : words) {
            if (text.startsWith(word.text(), word.offset())) {
                wordAt.put(word.offset(), word.text());
            }
        }
        List<Token> tokens = new ArrayList<>();
        int pos = 0;
        while (pos < text.length()) {
            pos = next(text, pos, wordAt, tokens);
        }
        return tokens;
    }

    private int next(String text, int pos, Map<Integer, String> wordAt, List<Token> tokens) {
        char c = text.charAt(pos);
        Optional<Break> separator = separator(c);
        if (separator.isPresent()) {
            tokens.add(new SeparatorToken(separator.get()));
            return pos + 1;
        }
        String word = wordAt.get(pos);
        if (word == null) {
            word = longestProjectWordAt(text, pos);
        }
        if (word != null && !splitsAsciiRun(text, pos, word)) {
            Optional<Token> known = projectWord(word);
            if (known.isPresent()) {
                tokens.add(known.get());
                return pos + word.length();
            }
        }
        if (isAsciiAlnum(c)) {
            return ascii(text, pos, tokens);
        }
        int end = chineseQuantity(text, pos, tokens);
        if (end > pos) {
            return end;
        }
        // an unknown word; step one character where a number may hide inside it
        if (word == null || containsNumeral(word)) {
            tokens.add(new WordToken(String.valueOf(c)));
            return pos + 1;
        }
        tokens.add(new WordToken(word));
        return pos + word.length();
    }

    private Optional<Token> projectWord(String word) {
        Optional<String> code = securities.byWord(word);
        if (code.isPresent()) {
            return Optional.of(new UnderlyingToken(code.get()));
        }
        return lexicon.lookup(word);
    }

    /** Where HanLP and the lexer disagree on a boundary, the longest project word at {@code pos}. */
    private String longestProjectWordAt(String text, int pos) {
        if (!projectWordStarts.contains(text.charAt(pos))) {
            return null;
        }
        for (int length = Math.min(longestProjectWord, text.length() - pos); length >= 2; length--) {
            String candidate = text.substring(pos, pos + length);
            if (projectWord(candidate).isPresent()) {
                return candidate;
            }
        }
        return null;
    }

    /** An ASCII project word counts only as a whole run: IC in "ic 1m", never in "topic". */
    private static boolean splitsAsciiRun(String text, int pos, String word) {
        int end = pos + word.length();
        boolean endsInLetter = isAsciiLetter(word.charAt(word.length() - 1));
        return endsInLetter && end < text.length() && isAsciiLetter(text.charAt(end));
    }

    private int ascii(String text, int pos, List<Token> tokens) {
        int runEnd = pos;
        while (runEnd < text.length() && isAsciiAlnum(text.charAt(runEnd))) {
            runEnd++;
        }
        String run = text.substring(pos, runEnd);
        Optional<String> byName = securities.byWord(run);
        if (byName.isPresent()) {
            tokens.add(new UnderlyingToken(byName.get()));
            return runEnd;
        }
        Matcher code = CODE.matcher(text).region(pos, text.length());
        if (code.lookingAt() && securities.byDigits(code.group(1)).isPresent()) {
            tokens.add(new UnderlyingToken(securities.byDigits(code.group(1)).get()));
            return code.end();
        }
        Matcher futures = FUTURES.matcher(text).region(pos, text.length());
        if (futures.lookingAt() && securities.byWord(futures.group(1)).isPresent()) {
            tokens.add(new UnderlyingToken(securities.byWord(futures.group(1)).get()));
            return futures.end();
        }
        if (Character.isDigit(text.charAt(pos))) {
            return number(text, pos, tokens);
        }
        int letterEnd = pos;
        while (letterEnd < text.length() && isAsciiLetter(text.charAt(letterEnd))) {
            letterEnd++;
        }
        String letters = text.substring(pos, letterEnd);
        tokens.add(projectWord(letters).orElse(new WordToken(letters)));
        return letterEnd;
    }

    private int number(String text, int pos, List<Token> tokens) {
        Matcher tenors = TENOR_LIST.matcher(text).region(pos, text.length());
        if (tenors.lookingAt()) {
            List<Tenor> read = tenors(tenors.group(1).split("\\s*[/、]\\s*"), tenors.group(2));
            if (!read.isEmpty()) {
                read.forEach(tenor -> tokens.add(new TenorToken(tenor)));
                return tenors.end();
            }
        }
        Matcher notional = NOTIONAL.matcher(text).region(pos, text.length());
        if (notional.lookingAt()) {
            BigDecimal amount = new BigDecimal(notional.group(1));
            tokens.add(new NotionalToken(amount.multiply(multiplier(notional.group(3)))));
            return notional.end();
        }
        Matcher percent = PERCENT.matcher(text).region(pos, text.length());
        if (percent.lookingAt()) {
            tokens.add(new NumberToken(new BigDecimal(percent.group(1)), true));
            return percent.end();
        }
        Matcher plain = PLAIN.matcher(text).region(pos, text.length());
        plain.lookingAt();
        tokens.add(new NumberToken(new BigDecimal(plain.group()), false));
        return plain.end();
    }

    private int chineseQuantity(String text, int pos, List<Token> tokens) {
        char first = text.charAt(pos);
        if (ChineseNumber.DIGITS.indexOf(first) < 0 && first != '半') {
            return pos;
        }
        Matcher tenor = CHINESE_TENOR.matcher(text).region(pos, text.length());
        if (tenor.lookingAt()) {
            Optional<Tenor> read = tenor(tenor.group(1), tenor.group(2));
            if (read.isPresent()) {
                tokens.add(new TenorToken(read.get()));
                return tenor.end();
            }
        }
        Matcher notional = CHINESE_NOTIONAL.matcher(text).region(pos, text.length());
        if (notional.lookingAt()) {
            int amount = ChineseNumber.parse(notional.group(1));
            if (amount > 0) {
                tokens.add(new NotionalToken(BigDecimal.valueOf(amount).multiply(multiplier(notional.group(3)))));
                return notional.end();
            }
        }
        return pos;
    }

    private static List<Tenor> tenors(String[] amounts, String unit) {
        List<Tenor> result = new ArrayList<>();
        for (String amount : amounts) {
            Optional<Tenor> tenor = tenor(amount, unit);
            if (tenor.isEmpty()) {
                return List.of();
            }
            result.add(tenor.get());
        }
        return result;
    }

    /** A tenor in the range a desk quotes; anything else (75个月, 500w) is not read as a tenor. */
    private static Optional<Tenor> tenor(String amountText, String unit) {
        int amount;
        if (amountText.equals("半")) {
            if (!unit.equals("年")) {
                return Optional.empty();
            }
            return Optional.of(Tenor.months(6));
        } else if (amountText.matches("\\d+")) {
            amount = Integer.parseInt(amountText);
        } else if (amountText.matches("\\d+\\.\\d+")) {
            return Optional.empty();
        } else {
            amount = ChineseNumber.parse(amountText);
        }
        if (amount <= 0) {
            return Optional.empty();
        }
        return switch (unit) {
            case "个月期", "个月", "月期", "月", "mo", "m" -> amount <= 60 ? Optional.of(Tenor.months(amount)) : Optional.empty();
            case "个星期", "星期", "周", "w" -> amount <= 52 ? Optional.of(Tenor.weeks(amount)) : Optional.empty();
            case "天", "日", "d" -> amount <= 400 ? Optional.of(Tenor.days(amount)) : Optional.empty();
            case "年半" -> amount <= 5 ? Optional.of(Tenor.months(amount * 12 + 6)) : Optional.empty();
            default -> amount <= 5 ? Optional.of(Tenor.years(amount)) : Optional.empty();
        };
    }

    private static BigDecimal multiplier(String unit) {
        return switch (unit) {
            case "亿", "亿元", "e" -> BigDecimal.valueOf(100_000_000L);
            case "千万", "kw" -> BigDecimal.valueOf(10_000_000L);
            case "百万" -> BigDecimal.valueOf(1_000_000L);
            case "万", "万元", "w" -> BigDecimal.valueOf(10_000L);
            default -> BigDecimal.ONE;
        };
    }

    private static Optional<Break> separator(char c) {
        if (c == ' ' || c == '、' || c == '/' || c == ':' || c == '(' || c == ')' || c == '~' || c == '-'
                || c == '=' || c == '@' || c == '*' || c == '"' || c == '\'' || c == '[' || c == ']') {
            return Optional.of(Break.SPACE);
        }
        if (c == ',' || c == '?' || c == '!') {
            return Optional.of(Break.COMMA);
        }
        if (c == ';' || c == '+') {
            return Optional.of(Break.STRONG);
        }
        return Optional.empty();
    }

    private static boolean containsNumeral(String word) {
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (ChineseNumber.DIGITS.indexOf(c) >= 0 || c == '半' || Character.isDigit(c)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isAsciiAlnum(char c) {
        return c < 128 && Character.isLetterOrDigit(c);
    }

    private static boolean isAsciiLetter(char c) {
        return c < 128 && Character.isLetter(c);
    }
}
