package meridian.domain.kyc.screening;

import java.util.List;

/**
 * A name folded for comparison. Chinese names ({@link #isChinese()}) compare as one string of code points with no
 * spaces or punctuation; Latin names compare token by token.
 */
public record NormalizedName(String original, boolean isChinese, String chinese, List<String> tokens) {
    public NormalizedName {
        tokens = List.copyOf(tokens);
    }

    public boolean isEmpty() {
        return isChinese ? chinese.isEmpty() : tokens.isEmpty();
    }
}
