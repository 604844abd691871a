package meridian.domain.kyc.form;

/** A person the institution authorises to trade with the firm; {@code idNumber} is the resident ID number. */
public record AuthorisedTrader(String name, String idNumber, String phone, String email) {
    public AuthorisedTrader {
        name = Text.clean(name);
        idNumber = Text.clean(idNumber);
        phone = Text.clean(phone);
        email = Text.clean(email);
    }
}
