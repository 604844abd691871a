package meridian.domain.rfq.parse;

public enum OptionType {
    CALL, PUT
}
