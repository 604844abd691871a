package meridian.domain.kyc.screening;

/** Jaro-Winkler similarity (prefix scale 0.1 over at most four characters, boost above a Jaro of 0.7). */
public final class JaroWinkler {
    private JaroWinkler() {
    }

    public static double similarity(String a, String b) {
        if (a.equals(b)) {
            return 1.0;
        }
        if (a.isEmpty() || b.isEmpty()) {
            return 0.0;
        }
        double jaro = jaro(a, b);
        if (jaro <= 0.7) {
            return jaro;
        }
        int prefix = 0;
        int max = Math.min(4, Math.min(a.length(), b.length()));
        while (prefix < max && a.charAt(prefix) == b.charAt(prefix)) {
            prefix++;
        }
        return jaro + prefix * 0.1 * (1.0 - jaro);
    }

    static double jaro(String a, String b) {
        if (a.length() > Long.SIZE || b.length() > Long.SIZE) {
            return jaroOfLongStrings(a, b);
        }
        // The same matching as below, with the matched flags kept in bit masks so that short tokens allocate nothing.
        int window = Math.max(0, Math.max(a.length(), b.length()) / 2 - 1);
        long matchedA = 0;
        long matchedB = 0;
        int matches = 0;
        for (int i = 0; i < a.length(); i++) {
            int from = Math.max(0, i - window);
            int to = Math.min(b.length() - 1, i + window);
            char c = a.charAt(i);
            for (int j = from; j <= to; j++) {
                if ((matchedB & (1L << j)) == 0 && c == b.charAt(j)) {
                    matchedA |= 1L << i;
                    matchedB |= 1L << j;
                    matches++;
                    break;
                }
            }
        }
        if (matches == 0) {
            return 0.0;
        }
        int transpositions = 0;
        long restA = matchedA;
        long restB = matchedB;
        while (restA != 0) {
            int i = Long.numberOfTrailingZeros(restA);
            int j = Long.numberOfTrailingZeros(restB);
            if (a.charAt(i) != b.charAt(j)) {
                transpositions++;
            }
            restA &= restA - 1;
            restB &= restB - 1;
        }
        double m = matches;
        return (m / a.length() + m / b.length() + (m - transpositions / 2.0) / m) / 3.0;
    }

    private static double jaroOfLongStrings(String a, String b) {
        int window = Math.max(0, Math.max(a.length(), b.length()) / 2 - 1);
        boolean[] matchedA = new boolean[a.length()];
        boolean[] matchedB = new boolean[b.length()];
        int matches = 0;
        for (int i = 0; i < a.length(); i++) {
            int from = Math.max(0, i - window);
            int to = Math.min(b.length() - 1, i + window);
            for (int j = from; j <= to; j++) {
                if (!matchedB[j] && a.charAt(i) == b.charAt(j)) {
                    matchedA[i] = true;
                    matchedB[j] = true;
                    matches++;
                    break;
                }
            }
        }
        if (matches == 0) {
            return 0.0;
        }
        int transpositions = 0;
        int j = 0;
        for (int i = 0; i < a.length(); i++) {
            if (matchedA[i]) {
                while (!matchedB[j]) {
                    j++;
                }
                if (a.charAt(i) != b.charAt(j)) {
                    transpositions++;
                }
                j++;
            }
        }
        double m = matches;
        return (m / a.length() + m / b.length() + (m - transpositions / 2.0) / m) / 3.0;
    }
}
