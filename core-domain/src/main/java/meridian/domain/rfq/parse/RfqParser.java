package meridian.domain.rfq.parse;

import java.util.ArrayList;
import java.util.List;
import meridian.domain.common.ValidationException;

/**
 * Reads a client's chat message into the legs it asks quotes for (contract: spec/rfq-parse.md).
 * Pipeline: normalise (full width, case, punctuation) → repair one-character typos in security
 * names → HanLP segmentation with the project dictionary → tokens → requests → legs.
 *
 * <p>Build one at start-up and share it: building loads HanLP's core dictionary and the project
 * dictionary (a few hundred milliseconds); {@link #parse} is thread-safe and allocation-light.
 */
public final class RfqParser {

    /** Longer text is no chat message; the HTTP layer answers it with a 400 naming {@code text}. */
    public static final int MAX_TEXT_LENGTH = 2000;

    private final SecurityIndex securities;
    private final NameTypoCorrector typos;
    private final ProjectSegmenter segmenter;
    private final RfqLexer lexer;

    public RfqParser(UnderlyingDirectory directory, DomainLexicon lexicon) {
        this.securities = new SecurityIndex(directory);
        this.typos = new NameTypoCorrector(securities.words());
        List<String> projectWords = new ArrayList<>(securities.words().keySet());
        projectWords.addAll(lexicon.words());
        this.segmenter = new ProjectSegmenter(projectWords);
        this.lexer = new RfqLexer(securities, lexicon);
    }

    public RfqParser(UnderlyingDirectory directory) {
        this(directory, DomainLexicon.fromClasspath());
    }

    /** The parser over the security master and lexicon shipped in core-domain. */
    public static RfqParser withDefaults() {
        return new RfqParser(CsvUnderlyingDirectory.fromClasspath(), DomainLexicon.fromClasspath());
    }

    /**
     * @throws ValidationException on field {@code text} when it is null or longer than
     *     {@link #MAX_TEXT_LENGTH} characters
     */
    public ParseResult parse(String text) {
        if (text == null) {
            throw new ValidationException("text", "required");
        }
        if (text.length() > MAX_TEXT_LENGTH) {
            throw new ValidationException("text", "at most " + MAX_TEXT_LENGTH + " characters, got " + text.length());
        }
        String normalized = typos.correct(TextNormalizer.normalize(text));
        if (normalized.isEmpty()) {
            return ParseResult.none();
        }
        List<Token> tokens = lexer.lex(normalized, segmenter.segment(normalized));
        return new ParseResult(LegResolver.resolve(RequestReader.read(tokens)));
    }
}
