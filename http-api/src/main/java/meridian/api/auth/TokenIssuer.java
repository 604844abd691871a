package meridian.api.auth;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;

import java.security.interfaces.RSAPrivateKey;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.UUID;

/** Mints development tokens with the private key (production uses its identity provider instead). */
public final class TokenIssuer {

    public static final String ISSUER = "meridian-dev";

    private final RSAPrivateKey key;

    public TokenIssuer(RSAPrivateKey key) {
        this.key = key;
    }

    public String issue(String subject, List<Role> roles, String tenant, Duration validity) {
        Instant now = Instant.now();
        JWTClaimsSet claims = new JWTClaimsSet.Builder()
                .subject(subject)
                .issuer(ISSUER)
                .claim("roles", roles.stream().map(Enum::name).toList())
                .claim("tenant", tenant)
                .issueTime(Date.from(now))
                .expirationTime(Date.from(now.plus(validity)))
                .jwtID(UUID.randomUUID().toString())
                .build();
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).type(com.nimbusds.jose.JOSEObjectType.JWT).build(), claims);
        try {
            jwt.sign(new RSASSASigner(key));
        } catch (JOSEException e) {
            throw new IllegalStateException("cannot sign a token", e);
        }
        return jwt.serialize();
    }
}
