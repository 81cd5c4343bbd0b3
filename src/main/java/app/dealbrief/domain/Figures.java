package app.dealbrief.domain;

/**
 * How amounts and capacities read, the same on screen and on the printed sheet: "$250B", "-$250B",
 * "$1.5T", "1.2 GW", "500 MW" (below one gigawatt in megawatts, as people say it).
 */
public final class Figures {
    private Figures() {
    }

    /** $250B, $1.5T, $300M, $40K, $900; a negative amount puts its sign first (-$250B). Empty for null. */
    public static String money(Long usd) {
        if (usd == null) {
            return "";
        }
        double v = Math.abs((double) usd);
        String sign = usd < 0 ? "-" : "";
        if (v >= 1e12) {
            return sign + "$" + trim(v / 1e12) + "T";
        }
        if (v >= 1e9) {
            return sign + "$" + trim(v / 1e9) + "B";
        }
        if (v >= 1e6) {
            return sign + "$" + trim(v / 1e6) + "M";
        }
        if (v >= 1e3) {
            return sign + "$" + trim(v / 1e3) + "K";
        }
        return sign + "$" + trim(v);
    }

    /** 1.2 GW; below one gigawatt in MW (0.5 GW reads "500 MW"). Empty for null. */
    public static String gigawatts(Double gw) {
        if (gw == null) {
            return "";
        }
        return gw < 1 ? trim(gw * 1000) + " MW" : trim(gw) + " GW";
    }

    /** One decimal at most, none when it is zero: 13.75 -> "13.8", 2.0 -> "2". */
    private static String trim(double v) {
        double r = Math.round(v * 10) / 10.0;
        return r == Math.rint(r) ? Long.toString((long) r) : Double.toString(r);
    }
}
