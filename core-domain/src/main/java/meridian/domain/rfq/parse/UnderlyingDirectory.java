package meridian.domain.rfq.parse;

import java.util.List;

/**
 * Where the parser learns which securities exist and what they are called. The default reads the
 * security master resource; the platform can feed it from its own security-master view instead.
 */
public interface UnderlyingDirectory {

    List<Underlying> all();
}
