package meridian.domain.kyc.form;

import java.util.List;

/** The traders step of the form: the whole list is replaced when saved. */
public record AuthorisedTraders(List<AuthorisedTrader> traders) implements FormSection {
    public AuthorisedTraders {
        traders = Text.list(traders);
    }
}
