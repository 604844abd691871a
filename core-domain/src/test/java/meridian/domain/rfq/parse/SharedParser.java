package meridian.domain.rfq.parse;

/** One parser over the shipped security master and lexicon for all tests: building one takes seconds. */
public final class SharedParser {

    private static final RfqParser PARSER = RfqParser.withDefaults();

    private SharedParser() {
    }

    public static RfqParser get() {
        return PARSER;
    }
}
