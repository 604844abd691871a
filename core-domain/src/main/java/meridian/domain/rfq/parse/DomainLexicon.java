package meridian.domain.rfq.parse;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import meridian.domain.common.ValidationException;
import meridian.domain.rfq.parse.Token.BarrierTypeToken;
import meridian.domain.rfq.parse.Token.Break;
import meridian.domain.rfq.parse.Token.Label;
import meridian.domain.rfq.parse.Token.LabelToken;
import meridian.domain.rfq.parse.Token.Moneyness;
import meridian.domain.rfq.parse.Token.MoneynessToken;
import meridian.domain.rfq.parse.Token.OptionTypeToken;
import meridian.domain.rfq.parse.Token.SeparatorToken;
import meridian.domain.rfq.parse.Token.SideToken;
import meridian.domain.rfq.parse.Token.SolveToken;
import meridian.domain.rfq.parse.Token.StructureToken;
import meridian.domain.rfq.parse.Token.WordToken;

/**
 * The desk's words (structures, option types, moneyness, labels, jargon and common typos) read from
 * a tab-separated resource: {@code word<TAB>kind<TAB>value}, {@code #} starts a comment.
 */
public final class DomainLexicon {

    public static final String RESOURCE = "/meridian/rfq/lexicon.tsv";

    private final Map<String, Token> entries;

    public DomainLexicon(Reader tsv) {
        this.entries = Map.copyOf(read(tsv));
    }

    public static DomainLexicon fromClasspath() {
        InputStream in = DomainLexicon.class.getResourceAsStream(RESOURCE);
        if (in == null) {
            throw new IllegalStateException("missing resource " + RESOURCE);
        }
        try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            return new DomainLexicon(reader);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Optional<Token> lookup(String normalizedWord) {
        return Optional.ofNullable(entries.get(normalizedWord));
    }

    public Set<String> words() {
        return entries.keySet();
    }

    private static Map<String, Token> read(Reader tsv) {
        Map<String, Token> result = new HashMap<>();
        try {
            BufferedReader lines = new BufferedReader(tsv);
            String line;
            int number = 0;
            while ((line = lines.readLine()) != null) {
                number++;
                String content = line.strip();
                if (content.isEmpty() || content.startsWith("#")) {
                    continue;
                }
                String[] cells = content.split("\t");
                String word = TextNormalizer.normalize(cells[0]);
                String value = cells.length > 2 ? cells[2].strip() : "";
                Token token;
                try {
                    token = token(cells.length > 1 ? cells[1].strip() : "", value, word);
                } catch (IllegalArgumentException e) {
                    throw new ValidationException("line " + number, e.getMessage());
                }
                if (result.put(word, token) != null) {
                    throw new ValidationException("line " + number, "duplicate word " + word);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return result;
    }

    private static Token token(String kind, String value, String word) {
        return switch (kind) {
            case "STRUCTURE" -> new StructureToken(Structure.valueOf(value));
            case "OPTION_TYPE" -> new OptionTypeToken(OptionType.valueOf(value));
            case "MONEYNESS" -> new MoneynessToken(Moneyness.valueOf(value));
            case "LABEL" -> new LabelToken(Label.valueOf(value));
            case "BARRIER_TYPE" -> new BarrierTypeToken(BarrierType.valueOf(value));
            case "SIDE" -> new SideToken(Side.valueOf(value));
            case "SOLVE" -> new SolveToken(SolveFor.valueOf(value));
            case "JOIN" -> new SeparatorToken(Break.JOIN);
            case "NOISE" -> new WordToken(word);
            default -> throw new IllegalArgumentException("unknown kind '" + kind + "' for " + word);
        };
    }
}
