package meridian.domain.security;

import meridian.domain.common.Caller;
import meridian.domain.common.Decision;
import meridian.domain.security.SecurityEvent.SecurityAmended;
import meridian.domain.security.SecurityEvent.SecurityDelisted;
import meridian.domain.security.SecurityEvent.SecurityListed;
import meridian.domain.security.SecurityState.Listed;

import java.time.Instant;

/** The security master's rules: which change is allowed in which state, and what each event does to the state. */
public final class SecurityMaster {

    private SecurityMaster() {
    }

    public static Decision<SecurityEvent> list(SecurityState state, Security security, Caller caller, Instant now) {
        if (state instanceof Listed listed) {
            return listed.security().equals(security)
                    ? Decision.accept()
                    : Decision.reject(security.code() + " is already listed (state Listed); amend it instead");
        }
        return Decision.accept(new SecurityListed(caller.tenant(), security, caller.subject(), now));
    }

    public static Decision<SecurityEvent> amend(SecurityState state, Security security, Caller caller, Instant now) {
        if (!(state instanceof Listed listed)) {
            return Decision.reject(security.code() + " cannot be amended in state " + state.name());
        }
        return listed.security().equals(security)
                ? Decision.accept()
                : Decision.accept(new SecurityAmended(listed.tenant(), listed.security(), security, caller.subject(), now));
    }

    public static Decision<SecurityEvent> delist(SecurityState state, Caller caller, Instant now) {
        if (!(state instanceof Listed listed)) {
            return Decision.reject("cannot delist in state " + state.name());
        }
        return Decision.accept(new SecurityDelisted(listed.tenant(), listed.security(), caller.subject(), now));
    }

    public static SecurityState apply(SecurityState state, SecurityEvent event) {
        if (event instanceof SecurityListed e) {
            return new Listed(e.tenant(), e.security());
        }
        if (event instanceof SecurityAmended e) {
            return new Listed(e.tenant(), e.after());
        }
        SecurityDelisted e = (SecurityDelisted) event;
        return new SecurityState.Delisted(e.tenant(), e.security());
    }
}
