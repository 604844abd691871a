package meridian.api.auth;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import meridian.domain.common.Tenants;

import java.security.interfaces.RSAPublicKey;
import java.text.ParseException;
import java.time.Clock;
import java.util.Date;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** Checks a bearer token: RS256 signature by our key, not expired, with subject, known roles and a tenant. */
public final class TokenVerifier {

    /** Why a token is refused; the message is safe to show the caller. */
    public static final class InvalidToken extends Exception {
        public InvalidToken(String message) {
            super(message);
        }
    }

    private final RSASSAVerifier verifier;
    private final Clock clock;

    public TokenVerifier(RSAPublicKey key, Clock clock) {
        this.verifier = new RSASSAVerifier(key);
        this.clock = clock;
    }

    public Principal verify(String token) throws InvalidToken {
        SignedJWT jwt;
        try {
            jwt = SignedJWT.parse(token);
        } catch (ParseException e) {
            throw new InvalidToken("the bearer token is not a JWT");
        }
        if (!JWSAlgorithm.RS256.equals(jwt.getHeader().getAlgorithm())) {
            throw new InvalidToken("the token must be signed with RS256");
        }
        try {
            if (!jwt.verify(verifier)) {
                throw new InvalidToken("the token signature is not valid");
            }
            return principal(jwt.getJWTClaimsSet());
        } catch (JOSEException | ParseException e) {
            throw new InvalidToken("the token signature is not valid");
        }
    }

    private Principal principal(JWTClaimsSet claims) throws InvalidToken, ParseException {
        Date expiry = claims.getExpirationTime();
        if (expiry == null || !expiry.toInstant().isAfter(clock.instant())) {
            throw new InvalidToken("the token has expired");
        }
        String subject = claims.getSubject();
        if (subject == null || subject.isBlank()) {
            throw new InvalidToken("the token has no subject");
        }
        String tenant = claims.getStringClaim("tenant");
        if (!Tenants.isValid(tenant)) {
            throw new InvalidToken("the token has no valid tenant");
        }
        List<String> roleNames = claims.getStringListClaim("roles");
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (String name : roleNames == null ? List.<String>of() : roleNames) {
            try {
                roles.add(Role.valueOf(name));
            } catch (IllegalArgumentException e) {
                throw new InvalidToken("the token names an unknown role " + name);
            }
        }
        if (roles.isEmpty()) {
            throw new InvalidToken("the token carries no role");
        }
        return new Principal(subject, roles, tenant);
    }
}
