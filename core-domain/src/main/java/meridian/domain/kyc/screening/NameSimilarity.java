package meridian.domain.kyc.screening;

import java.util.Arrays;
import java.util.List;

/**
 * How alike two normalized names are, from 0 to 1.
 *
 * <p>Chinese: {@code 1 - d / (L + 4)} with d the edit distance (adjacent swaps count once) and L the longer length, so one
 * wrong character in a three-character personal name scores 0.857 (review) and in a ten-character company name 0.929;
 * names of two characters use {@code L + 2}, because one different character there is usually another person. Two
 * personal-name-length strings (2 or 3 characters) that start with different common surnames lose a further
 * {@value #OTHER_SURNAME_PENALTY}: 李伟明 and 张伟明 are two families, not a typo.
 *
 * <p>Latin: tokens are paired greedily by Jaro-Winkler (order does not matter, an initial matches its name at 0.9), the
 * pairs are averaged weighted by token length, and each token left without a partner costs 8%. Names written with
 * different spacing (Al Qaida, Alqaida) are also compared joined together.
 */
public final class NameSimilarity {
    private static final double UNMATCHED_TOKEN_PENALTY = 0.08;
    static final double OTHER_SURNAME_PENALTY = 0.1;
    private static final String COMMON_SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡"
            + "余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付傅方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴"
            + "莫孔向汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成"
            + "苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米"
            + "柏宗瞿桂全佟应臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝";

    private NameSimilarity() {
    }

    public static double score(NormalizedName a, NormalizedName b) {
        if (a.isChinese() != b.isChinese() || a.isEmpty() || b.isEmpty()) {
            return 0.0;
        }
        return a.isChinese() ? chinese(a.chinese(), b.chinese()) : latin(a.tokens(), b.tokens());
    }

    /** The Chinese score of two already normalized names. */
    public static double chineseScore(String a, String b) {
        return chinese(a, b);
    }

    /** The Latin score of two already normalized token lists. */
    public static double latinScore(List<String> a, List<String> b) {
        return a.isEmpty() || b.isEmpty() ? 0.0 : latin(a, b);
    }

    static double chinese(String a, String b) {
        if (a.equals(b)) {
            return 1.0;
        }
        int[] x = a.codePoints().toArray();
        int[] y = b.codePoints().toArray();
        int longer = Math.max(x.length, y.length);
        int shorter = Math.min(x.length, y.length);
        int slack = shorter <= 2 ? 2 : 4;
        double score = 1.0 - (double) editDistance(x, y) / (longer + slack);
        if (longer <= 3 && shorter >= 2 && x[0] != y[0] && isCommonSurname(x[0]) && isCommonSurname(y[0])) {
            score -= OTHER_SURNAME_PENALTY;
        }
        return Math.max(0.0, score);
    }

    private static boolean isCommonSurname(int codePoint) {
        return COMMON_SURNAMES.indexOf(codePoint) >= 0;
    }

    /** Optimal string alignment distance: insertions, deletions, substitutions and adjacent transpositions. */
    static int editDistance(int[] a, int[] b) {
        int[][] d = new int[a.length + 1][b.length + 1];
        for (int i = 0; i <= a.length; i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length; j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length; i++) {
            for (int j = 1; j <= b.length; j++) {
                int cost = a[i - 1] == b[j - 1] ? 0 : 1;
                int best = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1]) {
                    best = Math.min(best, d[i - 2][j - 2] + 1);
                }
                d[i][j] = best;
            }
        }
        return d[a.length][b.length];
    }

    static double latin(List<String> a, List<String> b) {
        double tokenwise = tokenwise(a, b);
        String joinedA = String.join("", a);
        String joinedB = String.join("", b);
        if (a.size() != b.size() && Math.abs(joinedA.length() - joinedB.length()) <= 2) {
            return Math.max(tokenwise, JaroWinkler.similarity(joinedA, joinedB));
        }
        return tokenwise;
    }

    private static double tokenwise(List<String> a, List<String> b) {
        int rows = a.size();
        int cols = b.size();
        double[] sim = new double[rows * cols];
        int[] lengthA = new int[rows];
        int[] lengthB = new int[cols];
        for (int i = 0; i < rows; i++) {
            lengthA[i] = a.get(i).length();
            for (int j = 0; j < cols; j++) {
                sim[i * cols + j] = tokenSimilarity(a.get(i), b.get(j));
            }
        }
        for (int j = 0; j < cols; j++) {
            lengthB[j] = b.get(j).length();
        }
        return pairedScore(sim, rows, cols, lengthA, lengthB, new boolean[rows], new boolean[cols]);
    }

    /**
     * The token-wise score from the token similarities ({@code sim[i * cols + j]}, row tokens against column tokens):
     * pairs taken greedily, best first, averaged weighted by their lengths, less the penalty for tokens left unpaired.
     * The used flags are scratch space of at least rows and cols entries; {@link LatinNameIndex} scores candidates with
     * this same method, so the index and the scorer cannot disagree.
     */
    static double pairedScore(double[] sim, int rows, int cols, int[] lengthA, int[] lengthB, boolean[] usedA,
            boolean[] usedB) {
        Arrays.fill(usedA, 0, rows, false);
        Arrays.fill(usedB, 0, cols, false);
        int pairs = Math.min(rows, cols);
        double weighted = 0;
        double weights = 0;
        for (int p = 0; p < pairs; p++) {
            int bestI = -1;
            int bestJ = -1;
            double best = -1;
            for (int i = 0; i < rows; i++) {
                if (usedA[i]) {
                    continue;
                }
                for (int j = 0; j < cols; j++) {
                    if (!usedB[j] && sim[i * cols + j] > best) {
                        best = sim[i * cols + j];
                        bestI = i;
                        bestJ = j;
                    }
                }
            }
            usedA[bestI] = true;
            usedB[bestJ] = true;
            double weight = lengthA[bestI] + lengthB[bestJ];
            weighted += best * weight;
            weights += weight;
        }
        int unmatched = Math.max(rows, cols) - pairs;
        return weighted / weights * Math.max(0.5, 1.0 - UNMATCHED_TOKEN_PENALTY * unmatched);
    }

    /** Two tokens: Jaro-Winkler, except that an initial matches the name it starts at 0.9. */
    static double tokenSimilarity(String x, String y) {
        if ((x.length() == 1 || y.length() == 1) && x.charAt(0) == y.charAt(0)) {
            return x.length() == y.length() ? 1.0 : 0.9;
        }
        return JaroWinkler.similarity(x, y);
    }
}
