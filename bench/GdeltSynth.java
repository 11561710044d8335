import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * N synthetic GDELT 2.0 events in the layout of GDELT's event export (61 tab-separated columns, no header, one event
 * a line, as {@code 20191024143000.export.CSV}), for benchmarking the import and the graph store at sizes no sample
 * gives. Single-file program, JDK only: {@code java bench/GdeltSynth.java N [OUT] [options]}; see bench/gdelt-synth.
 *
 * <p>What is drawn, and from what:
 * <ul>
 * <li>Actors: a fixed universe of about 5,000 codes ranked by weight: hub states first (USA, RUS, CHN, GBR, FRA, DEU,
 * ISR, IRN, TUR, UKR, IND ...), role-only actors (GOV, COP, BUS ...), role-coded states (USAGOV, RUSMIL, CHNGOV),
 * IGOs (IGOEUREEC, IGOUNO, IGOWSTNAT), religious and ethnic codes (CHR, kur), then every other state and a long tail
 * of state × role codes and a few hundred unknown codes (XYZREB). Two-actor events draw their pair from the pairs
 * ordered by the product of the actors' ranks (USA–RUS first), with Zipf–Mandelbrot weights 1/(k+2)^s, s = 1.1
 * ({@code --skew}); one-actor events draw the actor with weights 1/k^s. Half of an article's events repeat its main
 * pair, as articles do, without changing the marginal distribution.</li>
 * <li>Empty Actor1 / Actor2: the sample's proportions (read from it when it is there, else 8.2 % / 25.2 %).</li>
 * <li>EventCode: the sample's distribution of EventCode with its GoldsteinScale, read at run time from
 * {@code --sample} (default ../shared/data/gdelt/20191024143000.export.CSV) when the file exists, else the same
 * table built in (109 codes, measured on that sample; its Goldstein values agree with
 * src/main/java/org/entente/extract/cameo/CameoCodes.java for three-digit codes). EventBaseCode = the first three
 * digits, EventRootCode = the first two, QuadClass from the root as GDELT assigns it: 01–05 verbal cooperation (1),
 * 06–09 material cooperation (2), 10–14 verbal conflict (3), 15–20 material conflict (4).</li>
 * <li>Places: GDELT's geo types 1 (country: FIPS 10-4 code, centroid), 2 (US state), 3 (US city), 4 (world city),
 * 5 (world ADM1), in the sample's proportions. Country centroids and the 391 US states, US cities, world cities and
 * regions are the sample's own (lat/lon, ADM1, ADM2, FeatureID as GDELT wrote them); other states' centroids come from
 * seeds/gazetteer/countries.json (mledoze/countries, ODbL) and a capital with made-up ADM1/ADM2/FeatureID and
 * coordinates near the centroid stands in where the sample has no city. An actor's place lies in its state when it
 * has one; most actor places repeat the action place, as in the sample.</li>
 * <li>Articles: about 5 events an article (the sample's distribution of events per SOURCEURL), sharing SOURCEURL,
 * DATEADDED and AvgTone; DATEADDED at 15-minute steps running through the span (--from .. --until) in file order,
 * GLOBALEVENTID increasing; SQLDATE the same day for most events, 1, 7, 30 or 365 days earlier for a few, as in the
 * sample. AvgTone is (positive − negative words) / words × 100 written to 15 significant digits as GDELT writes it.</li>
 * </ul>
 * Deterministic: the same arguments (and the same sample, or none) give the same file byte for byte.
 */
public class GdeltSynth {

    // ---------------------------------------------------------------- options

    static long seed = 20191024L;
    static LocalDate from = LocalDate.of(2015, 1, 1);
    static LocalDate until = LocalDate.of(2019, 12, 31);
    static boolean zip;
    static boolean lostZeros;
    static double skew = 1.1;
    static String samplePath = "../shared/data/gdelt/20191024143000.export.CSV";
    static final long FIRST_ID = 410_000_000L;

    public static void main(String[] args) throws IOException {
        var positional = new ArrayList<String>();
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--seed" -> seed = Long.parseLong(args[++i]);
                case "--from" -> from = LocalDate.parse(args[++i]);
                case "--until" -> until = LocalDate.parse(args[++i]);
                case "--zip" -> zip = true;
                case "--lost-zeros" -> lostZeros = true;
                case "--skew" -> skew = Double.parseDouble(args[++i]);
                case "--sample" -> samplePath = args[++i];
                case "-h", "--help" -> usage(0);
                default -> {
                    if (args[i].startsWith("--")) {
                        System.err.println("unknown option " + args[i]);
                        usage(2);
                    }
                    positional.add(args[i]);
                }
            }
        }
        if (positional.isEmpty() || positional.size() > 2 || until.isBefore(from)) {
            usage(2);
        }
        long n = Long.parseLong(positional.get(0).replace("_", ""));
        var out = Path.of(positional.size() > 1 ? positional.get(1)
                : "bench/out/gdelt-synth-" + n + ".export.CSV" + (zip ? ".zip" : ""));
        new GdeltSynth().run(n, out);
    }

    static void usage(int status) {
        System.err.println("usage: java bench/GdeltSynth.java N [OUT] [--seed S] [--from yyyy-MM-dd] [--until yyyy-MM-dd]"
                + " [--zip] [--lost-zeros] [--skew S] [--sample FILE|none]");
        System.exit(status);
    }

    // ---------------------------------------------------------------- random numbers (SplitMix64: fixed forever)

    static final class Rng {
        long state;

        Rng(long seed) {
            state = seed;
        }

        long nextLong() {
            long z = (state += 0x9E3779B97F4A7C15L);
            z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
            z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
            return z ^ (z >>> 31);
        }

        double nextDouble() {
            return (nextLong() >>> 11) * 0x1.0p-53;
        }

        int nextInt(int bound) {
            return (int) ((nextLong() >>> 33) % bound);
        }

        boolean chance(double p) {
            return nextDouble() < p;
        }
    }

    /** Cumulative weights; draws an index in proportion to its weight. */
    static final class Table {
        final double[] cumulative;

        Table(double[] weights) {
            cumulative = new double[weights.length];
            double sum = 0;
            for (int i = 0; i < weights.length; i++) {
                sum += weights[i];
                cumulative[i] = sum;
            }
        }

        int draw(Rng rng) {
            double u = rng.nextDouble() * cumulative[cumulative.length - 1];
            int i = Arrays.binarySearch(cumulative, u);
            i = i < 0 ? -i - 1 : i + 1;
            return Math.min(i, cumulative.length - 1);
        }

        static Table zipf(int n, double s, double offset) {
            var w = new double[n];
            for (int k = 0; k < n; k++) {
                w[k] = StrictMath.pow(k + 1 + offset, -s);
            }
            return new Table(w);
        }

        static Table of(int[] counts) {
            var w = new double[counts.length];
            for (int i = 0; i < counts.length; i++) {
                w[i] = counts[i];
            }
            return new Table(w);
        }
    }

    // ---------------------------------------------------------------- places

    /** Eight columns: type, full name, FIPS country, ADM1, ADM2, lat, long, FeatureID, tab-separated. */
    record Place(int type, String columns) {
    }

    static final String NO_PLACE = "0\t\t\t\t\t\t\t";

    static final class Country {
        final String cameo, name, fips, geoName, capital;
        final double lat, lon;
        final int seenAlone;
        final List<Place> places = new ArrayList<>();
        final List<Double> weights = new ArrayList<>();
        Table table;

        Country(String[] f) {
            cameo = f[0];
            name = f[1];
            fips = f[2];
            geoName = f[3];
            lat = Double.parseDouble(f[4]);
            lon = Double.parseDouble(f[5]);
            capital = f[6];
            seenAlone = Integer.parseInt(f[7]);
            add(new Place(1, String.join("\t", "1", geoName, fips, fips, "", f[4], f[5], fips)), 0);
        }

        void add(Place p, double weight) {
            places.add(p);
            weights.add(weight);
        }

        /**
         * Places in proportion to the times the sample names them; a country the sample names alone takes its count,
         * else 30 % of the draws. A country without a city in the sample gets its capital, with made-up ADM1, ADM2,
         * FeatureID and coordinates near the centroid.
         */
        void seal() {
            boolean hasCity = false;
            for (var p : places) {
                hasCity |= p.type == 4 || p.type == 3;
            }
            if (!hasCity && !capital.isEmpty()) {
                var r = new Rng(fips.hashCode() * 31L + 7);
                String la = coordinate(lat + (r.nextDouble() - 0.5) * 2), lo = coordinate(lon + (r.nextDouble() - 0.5) * 2);
                String adm1 = fips + String.format(Locale.ROOT, "%02d", 1 + r.nextInt(30));
                String full = capital + ", " + capital + ", " + geoName;
                add(new Place(4, String.join("\t", "4", full, fips, adm1, Integer.toString(10000 + r.nextInt(90000)), la, lo,
                        Long.toString(-(100000 + r.nextInt(3000000))))), Math.max(1, seenAlone * 0.6));
            }
            double others = 0;
            for (int i = 1; i < weights.size(); i++) {
                others += weights.get(i);
            }
            var w = new double[places.size()];
            w[0] = seenAlone > 0 ? seenAlone : others == 0 ? 1 : others * 0.3 / 0.7;
            for (int i = 1; i < w.length; i++) {
                w[i] = weights.get(i);
            }
            table = new Table(w);
        }

        Place draw(Rng rng) {
            return places.get(table.draw(rng));
        }
    }

    static String coordinate(double x) {
        var s = BigDecimal.valueOf(x).setScale(4, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
        return s.equals("-0") ? "0" : s;
    }

    // ---------------------------------------------------------------- actors

    /** Ten columns: code, name, country, known group, ethnic, religion 1, religion 2, type 1, 2, 3. */
    record Actor(String code, String columns, Country country) {
    }

    static final Map<String, String> ROLE_WORDS = new LinkedHashMap<>();
    static final String[] MAIN_ROLES = {"GOV", "MIL", "COP", "JUD", "LEG", "OPP", "REB", "BUS", "MED", "EDU", "CVL", "HLH"};
    static final String[] MINOR_ROLES = {"SPY", "CRM", "LAB", "REF", "ELI", "UAF", "AGR", "ENV", "HRI", "NGO", "INS", "SEP"};

    static {
        String[] words = {"GOV", "GOVERNMENT", "MIL", "MILITARY", "COP", "POLICE", "JUD", "COURT", "LEG", "PARLIAMENT",
                "OPP", "OPPOSITION", "REB", "REBEL", "BUS", "COMPANY", "MED", "MEDIA", "EDU", "SCHOOL", "CVL", "CIVILIAN",
                "HLH", "HOSPITAL", "SPY", "INTELLIGENCE", "CRM", "CRIMINAL", "LAB", "UNION", "REF", "REFUGEE", "ELI",
                "ELITE", "UAF", "GUNMAN", "AGR", "FARMER", "ENV", "ENVIRONMENTALIST", "HRI", "HUMAN RIGHTS", "NGO",
                "AID GROUP", "INS", "INSURGENT", "SEP", "SEPARATIST", "MNC", "CORPORATION", "IGO", "ORGANIZATION"};
        for (int i = 0; i < words.length; i += 2) {
            ROLE_WORDS.put(words[i], words[i + 1]);
        }
    }

    final Map<String, Country> byCameo = new LinkedHashMap<>();
    final Map<String, Country> byFips = new HashMap<>();
    final List<Actor> actors = new ArrayList<>();

    static String cols(String... c) {
        var all = Arrays.copyOf(c, 10);
        for (int i = 0; i < 10; i++) {
            if (all[i] == null) {
                all[i] = "";
            }
        }
        return String.join("\t", all);
    }

    /** A state, a state with roles (USAGOV, USAGOVMIL), roles alone (GOV), or an unknown prefix with roles (XYZREB). */
    Actor actor(String code) {
        String prefix = code.substring(0, 3);
        var country = byCameo.get(prefix);
        boolean rolesOnly = ROLE_WORDS.containsKey(prefix);
        var roles = new ArrayList<String>();
        for (int i = rolesOnly ? 0 : 3; i + 3 <= code.length(); i += 3) {
            roles.add(code.substring(i, i + 3));
        }
        String name = country != null ? country.name : ROLE_WORDS.getOrDefault(roles.isEmpty() ? "" : roles.get(0), code);
        String cc = rolesOnly ? "" : prefix;
        return new Actor(code, cols(code, name, cc, "", "", "", "",
                roles.size() > 0 ? roles.get(0) : "", roles.size() > 1 ? roles.get(1) : "", roles.size() > 2 ? roles.get(2) : ""),
                country);
    }

    /** Actors whose columns do not follow from the code (IGOs, groups, regions, religions, ethnic codes). */
    static final String[] SPECIAL = {
            // code | name | country | known group | ethnic | religion 1 | religion 2 | type 1 | type 2 | type 3
            "IGOEUREEC|EUROPEAN UNION|EUR|EEC||||IGO||", "IGOUNO|UNITED NATIONS||UNO||||IGO||",
            "IGOWSTNAT|NATO|WST|NAT||||IGO||", "IGOUNODEVWBK|WORLD BANK||UNO||||IGO|DEV|",
            "IGOAFRAFU|AFRICAN UNION|AFR|AFU||||IGO||", "IGOSEAASN|ASEAN|SEA|ASN||||IGO||",
            "IGOUNOREFHCR|UNHCR||UNO||||IGO|REF|", "IGOSAFSAD|SADC|SAF|SAD||||IGO||",
            "IGOMEAARL|ARAB LEAGUE|MEA|ARL||||IGO||", "IGOUNOHLHWHO|WORLD HEALTH ORGANIZATION||UNO||||IGO|HLH|",
            "IGOBUSOPC|OPEC||OPC||||IGO|BUS|", "IGOBUSIMF|IMF||IMF||||IGO|BUS|",
            "AFGINSTAL|TALIBAN|AFG|TAL||||INS||", "LBNREBHEZ|HEZBOLLAH|LBN|HEZ||||REB||",
            "PSEREBHMS|HAMAS|PSE|HMS||||REB||", "SYRREBISI|ISLAMIC STATE|SYR|ISI||||REB||",
            "AFR|AFRICA|AFR|||||||", "EUR|EUROPE|EUR|||||||", "MEA|MIDDLE EAST|MEA|||||||", "ASA|ASIA|ASA|||||||",
            "WST|THE WEST|WST|||||||", "LAM|LATIN AMERICA|LAM|||||||",
            "CHR|CHRISTIAN|||||CHR||||", "MOS|MUSLIM|||||MOS||||", "JEW|JEWISH|||||JEW||||", "SIKREL|SIKH|||||SIK||||",
            "CHRCTH|CATHOLIC|||||CHR|CTH|||", "kur|KURD||||kur|||||", "catSEP|CATALAN||||cat|||SEP||",
            "zul|ZULU||||zul|||||", "idg|INDIGENOUS||||idg|||||",
            "MNCUSA|CORPORATION|USA|||||MNC||", "MNCUSAMED|GOOGLE|USA|||||MNC|MED|", "MNCCHN|CORPORATION|CHN|||||MNC||",
            "MNCGBR|CORPORATION|GBR|||||MNC||", "MNCRUS|GAZPROM|RUS|||||MNC||"};

    Actor special(String line) {
        var f = line.split("\\|", -1);
        return new Actor(f[0], cols(Arrays.copyOf(f, 10)), byCameo.get(f[2]));
    }

    /** The first ranks: hub states, with the role-only actors that local news fills GDELT with in between. */
    static final String HUBS_AND_FIRST_RANKS = "USA RUS GOV CHN COP GBR BUS FRA EDU DEU JUD ISR MED IRN CVL TUR LEG UKR"
            + " HLH IND MIL USAGOV CRM SYR JPN IGOEUREEC CAN PAK SAU RUSGOV AUS PRK KOR CHNGOV AFG IRQ EGY ITA ESP"
            + " IGOUNO USAMIL GBRGOV BRA MEX NGA ZAF IGOWSTNAT RUSMIL ISRMIL IRNGOV TURGOV UKRGOV USAJUD USALEG USACOP"
            + " PSE ISRGOV VEN LBY YEM QAT ARE IDN PHL MYS GEO POL KEN AFGINSTAL IGOUNODEVWBK CHR MOS OPP REB SPY"
            + " FRAGOV DEUGOV CHNMIL IRNMIL SYRGOV SYRMIL PAKGOV INDGOV JPNGOV";

    void buildActors() {
        var specials = new LinkedHashMap<String, String>();
        for (var s : SPECIAL) {
            specials.put(s.substring(0, s.indexOf('|')), s);
        }
        var taken = new HashSet<String>();
        var first = new ArrayList<String>(List.of(HUBS_AND_FIRST_RANKS.split(" ")));
        taken.addAll(first);
        var hubs = first.stream().filter(c -> c.length() == 3 && byCameo.containsKey(c)).limit(20).toList();

        var second = new ArrayList<String>();
        for (var c : byCameo.keySet()) {
            second.add(c);
        }
        for (var h : hubs) {
            for (var r : MAIN_ROLES) {
                second.add(h + r);
            }
        }
        second.addAll(specials.keySet());
        second.addAll(List.of("AGR", "LAB", "REF", "ELI", "UAF", "ENV", "HRI", "NGO", "INS", "SEP"));
        second.removeIf(c -> !taken.add(c));

        var third = new ArrayList<String>();
        for (var c : byCameo.keySet()) {
            for (var r : MAIN_ROLES) {
                third.add(c + r);
            }
            for (int i = 0; i < MINOR_ROLES.length; i += hubs.contains(c) ? 1 : 3) {
                third.add(c + MINOR_ROLES[i]);
            }
        }
        for (var h : hubs) {
            for (var a : MAIN_ROLES) {
                for (var b : new String[] {"GOV", "MIL", "ELI", "BUS"}) {
                    if (!a.equals(b)) {
                        third.add(h + a + b);
                    }
                }
            }
        }
        var r = new Rng(4242);
        var letters = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
        third.add("XYZREB");
        while (third.size() < 4600) {
            var p = "" + letters.charAt(r.nextInt(26)) + letters.charAt(r.nextInt(26)) + letters.charAt(r.nextInt(26));
            if (!byCameo.containsKey(p) && !ROLE_WORDS.containsKey(p) && !specials.containsKey(p)
                    && !Set.of("EUR", "AFR", "MEA", "ASA", "WST", "LAM", "SEA", "SAF", "CHR", "MOS", "JEW").contains(p)) {
                third.add(p + (r.chance(0.5) ? "REB" : MAIN_ROLES[r.nextInt(MAIN_ROLES.length)]));
            }
        }
        third.removeIf(c -> !taken.add(c));
        shuffle(second, new Rng(1));
        shuffle(third, new Rng(2));
        for (var list : List.of(first, second, third)) {
            for (var c : list) {
                actors.add(specials.containsKey(c) ? special(specials.get(c)) : actor(c));
            }
        }
    }

    static <T> void shuffle(List<T> list, Rng r) {
        for (int i = list.size() - 1; i > 0; i--) {
            int j = r.nextInt(i + 1);
            var t = list.get(i);
            list.set(i, list.get(j));
            list.set(j, t);
        }
    }

    // ---------------------------------------------------------------- pairs

    /** Unordered pairs of actor ranks (i < j) ordered by (i+1)(j+1), balanced pairs first among equal products. */
    long[] pairs;

    void buildPairs(int max) {
        int a = actors.size();
        long limit = 1;
        long[] keys;
        int count;
        do {
            limit *= 2;
            count = 0;
            for (long i = 1; i * (i + 1) <= limit; i++) {
                count += (int) Math.max(0, Math.min(a, limit / i) - i);
            }
        } while (count < max && limit < (long) a * a);
        keys = new long[count];
        int k = 0;
        for (long i = 1; i * (i + 1) <= limit; i++) {
            for (long j = i + 1; j <= Math.min(a, limit / i); j++) {
                keys[k++] = ((i * j) << 20) | (0xFFFFF - i);
            }
        }
        Arrays.sort(keys, 0, k);
        pairs = new long[Math.min(k, max)];
        for (int p = 0; p < pairs.length; p++) {
            long i = 0xFFFFF - (keys[p] & 0xFFFFF), j = (keys[p] >>> 20) / i;
            pairs[p] = ((i - 1) << 32) | (j - 1);
        }
    }

    // ---------------------------------------------------------------- event codes

    record Code(String code, String base, String root, int quad, String goldstein) {
    }

    List<Code> codes = new ArrayList<>();
    Table codeTable;
    String codeSource = "built-in table";
    double actor1Empty = 174 / 2111.0, actor2Empty = 531 / 2111.0;

    void buildCodes() throws IOException {
        var counts = new TreeMap<String, int[]>();
        var goldstein = new HashMap<String, String>();
        var sample = samplePath.equals("none") ? null : Path.of(samplePath);
        if (sample != null && Files.isRegularFile(sample)) {
            int rows = 0, a1 = 0, a2 = 0;
            try (var lines = Files.newBufferedReader(sample, StandardCharsets.UTF_8)) {
                for (String line; (line = lines.readLine()) != null; ) {
                    var f = line.split("\t", -1);
                    if (f.length < 58) {
                        continue;
                    }
                    var c = normalize(f[26]);
                    counts.computeIfAbsent(c, x -> new int[1])[0]++;
                    goldstein.putIfAbsent(c, f[30]);
                    rows++;
                    a1 += f[5].isEmpty() ? 1 : 0;
                    a2 += f[15].isEmpty() ? 1 : 0;
                }
            }
            if (rows > 0) {
                actor1Empty = a1 / (double) rows;
                actor2Empty = a2 / (double) rows;
                codeSource = sample + " (" + rows + " rows, " + counts.size() + " codes)";
            }
        }
        if (counts.isEmpty()) {
            for (var e : BUILT_IN_CODES.trim().split("\\s+")) {
                var f = e.split(":");
                counts.put(f[0], new int[] {Integer.parseInt(f[1])});
                goldstein.put(f[0], f[2]);
            }
        }
        var w = new int[counts.size()];
        int i = 0;
        for (var e : counts.entrySet()) {
            var c = e.getKey();
            var root = c.substring(0, 2);
            int r = Integer.parseInt(root);
            int quad = r <= 5 ? 1 : r <= 9 ? 2 : r <= 14 ? 3 : 4;
            var g = BigDecimal.valueOf(Double.parseDouble(goldstein.get(c))).setScale(1, RoundingMode.HALF_UP).toPlainString();
            var base = c.substring(0, 3);
            codes.add(lostZeros ? new Code(strip(c), strip(base), strip(root), quad, g) : new Code(c, base, root, quad, g));
            w[i++] = e.getValue()[0];
        }
        codeTable = Table.of(w);
    }

    /** A code as CAMEO writes it: 61 → 061, 874 → 0874 (no root above 20). */
    static String normalize(String code) {
        if (code.length() == 1 || code.length() == 2) {
            return "0".repeat(3 - code.length()) + code;
        }
        if (code.length() == 3 && Integer.parseInt(code.substring(0, 2)) > 20) {
            return "0" + code;
        }
        return code;
    }

    static String strip(String code) {
        return Integer.toString(Integer.parseInt(code));
    }

    // ---------------------------------------------------------------- articles

    static final String[] HOSTS = {"www.reuters.com", "news.yahoo.com", "www.politico.com", "www.dailymail.co.uk",
            "www.france24.com", "www.straitstimes.com", "allafrica.com", "timesofindia.indiatimes.com", "www.ibtimes.com",
            "www.theguardian.com", "www.bbc.com", "www.aljazeera.com", "www.washingtonpost.com", "www.nytimes.com",
            "www.jpost.com", "www.timesofisrael.com", "www.hurriyetdailynews.com", "www.dw.com", "www.scmp.com",
            "www.kyivpost.com", "www.tehrantimes.com", "www.dawn.com", "www.foxnews.com", "www.cnn.com",
            "abcnews.go.com", "www.npr.org", "www.independent.co.uk", "www.euronews.com", "www.themoscowtimes.com",
            "tass.com", "www.globaltimes.cn", "www.wam.ae", "watchingamerica.com", "www.bernama.com",
            "www.elpasotimes.com", "www.cleveland.com", "www.sandiegouniontribune.com", "www.bworldonline.com",
            "www.asiasentinel.com", "www.bgdailynews.com", "www.churchtimes.co.uk", "www.timescolonist.com",
            "belsat.eu", "www.arabnews.com", "www.thehindu.com", "www.japantimes.co.jp", "www.abc.net.au",
            "www.cbc.ca", "www.rferl.org", "www.voanews.com", "www.news24.com", "www.vanguardngr.com",
            "www.dailysabah.com", "www.haaretz.com", "www.koreaherald.com", "www.thenational.ae", "www.lemonde.fr",
            "www.spiegel.de", "www.ukrinform.net", "www.pakistantoday.com.pk"};
    static final String[] SECTIONS = {"world", "news", "politics", "business", "local", "international", "asia",
            "middle-east", "europe", "africa", "us-news", "opinion"};
    static final String[] WORDS = ("talks sanctions minister president says meeting visit army attack protest deal"
            + " agreement warns calls urges rejects accuses condemns police arrest court trial election vote border"
            + " troops missile nuclear trade tariffs oil gas pipeline summit leaders foreign security council ceasefire"
            + " strike killed wounded rebels government opposition parliament law ban aid refugees crisis economy bank"
            + " investment cooperation defence military exercise drill visit embassy ambassador envoy spokesman"
            + " statement report probe charges fraud hospital school students workers union company market city"
            + " region state officials support plan new first week after over amid against with for").split(" ");
    static final int[] ARTICLE_SIZES = {1, 124, 2, 88, 3, 45, 4, 34, 5, 21, 6, 24, 7, 21, 8, 10, 9, 8, 10, 5, 11, 7,
            12, 1, 13, 5, 14, 6, 15, 3, 16, 1, 17, 1, 18, 3, 19, 3, 20, 3, 23, 4, 31, 1, 35, 1, 37, 1, 38, 1, 39, 1,
            43, 1, 44, 1};
    static final int[] MENTIONS = {1, 336, 2, 556, 3, 160, 4, 266, 5, 129, 6, 179, 7, 29, 8, 110, 9, 4, 10, 279, 12, 11,
            14, 3, 15, 5, 16, 14, 18, 3, 20, 9, 22, 1, 24, 6, 28, 1, 30, 3, 32, 3, 40, 3, 43, 1};
    static final int[] SOURCES = {1, 2034, 2, 26, 3, 12, 4, 19, 8, 19, 10, 1};
    /** Days between the event (SQLDATE) and DATEADDED in the sample: 2,051 same day, 9, 7, 20, 24. */
    static final int[] LAGS = {0, 2051, 1, 9, 7, 7, 30, 20, 365, 24};

    static int[] values(int[] pairs) {
        var v = new int[pairs.length / 2];
        for (int i = 0; i < v.length; i++) {
            v[i] = pairs[2 * i];
        }
        return v;
    }

    static Table weights(int[] pairs) {
        var w = new int[pairs.length / 2];
        for (int i = 0; i < w.length; i++) {
            w[i] = pairs[2 * i + 1];
        }
        return Table.of(w);
    }

    /** (positive − negative words) / words × 100 as GDELT computes it (two scores subtracted) and writes it (%.15g). */
    static String tone(Rng rng) {
        int words = 100 + rng.nextInt(1400);
        double target = -2.27 + 3.64 * gaussian(rng);
        if (rng.chance(0.014)) {
            target = 0;
        }
        int negative = (int) Math.max(0, Math.round(words * (0.02 + 0.01 * rng.nextDouble()) - Math.min(0, target) * words / 100));
        int positive = (int) Math.max(0, negative + Math.round(target * words / 100));
        double tone = 100.0 * positive / words - 100.0 * negative / words;
        var s = new BigDecimal(tone).round(new MathContext(15, RoundingMode.HALF_EVEN)).stripTrailingZeros().toPlainString();
        return s.equals("-0") ? "0" : s;
    }

    static double gaussian(Rng rng) {
        double u = Math.max(rng.nextDouble(), 1e-12), v = rng.nextDouble();
        return StrictMath.sqrt(-2 * StrictMath.log(u)) * StrictMath.cos(2 * Math.PI * v);
    }

    static String slug(Rng rng, Actor a, Actor b) {
        var sb = new StringBuilder();
        for (var actor : new Actor[] {a, b}) {
            if (actor != null && actor.country != null && rng.chance(0.7)) {
                sb.append(actor.country.geoName.toLowerCase().replace(' ', '-')).append('-');
            }
        }
        int n = 3 + rng.nextInt(6);
        for (int i = 0; i < n; i++) {
            sb.append(WORDS[rng.nextInt(WORDS.length)]).append(i + 1 < n ? "-" : "");
        }
        return sb.toString();
    }

    static String url(Rng rng, Table hostTable, long article, LocalDate day, Actor a, Actor b) {
        int h = hostTable.draw(rng);
        var host = HOSTS[h];
        var s = new StringBuilder(rng.chance(0.15) ? "http://" : "https://").append(host);
        var slug = slug(rng, a, b);
        long id = 1_000_000 + article * 7 + rng.nextInt(7);
        String mm = String.format(Locale.ROOT, "%02d", day.getMonthValue()), dd = String.format(Locale.ROOT, "%02d", day.getDayOfMonth());
        switch (h % 5) {
            case 0 -> s.append("/news/").append(day.getYear()).append('/').append(mm).append('/').append(dd).append('/')
                    .append(id).append('/').append(slug).append(".html");
            case 1 -> s.append('/').append(day.getYear()).append('/').append(mm).append('/').append(dd).append('/')
                    .append(slug).append('-').append(id).append('/');
            case 2 -> s.append("/article/").append(slug).append("-id").append(Long.toHexString(id * 2654435761L).toUpperCase());
            case 3 -> s.append('/').append(SECTIONS[rng.nextInt(SECTIONS.length)]).append('/').append(slug).append('-').append(id);
            default -> s.append("/news/").append(slug).append('_').append(id).append(".html");
        }
        return s.toString();
    }

    // ---------------------------------------------------------------- the run

    void buildPlaces() {
        for (var line : COUNTRIES.strip().split("\n")) {
            var c = new Country(line.split("\\|", -1));
            byCameo.put(c.cameo, c);
            byFips.put(c.fips, c);
        }
        for (var line : PLACES.strip().split("\n")) {
            var f = line.split("\\|", -1);
            var c = byFips.get(f[2]);
            if (c != null) {
                c.add(new Place(Integer.parseInt(f[0]), String.join("\t", Arrays.copyOf(f, 8))), Integer.parseInt(f[8]));
            }
        }
        byCameo.values().forEach(Country::seal);
    }

    final Map<Long, String[]> days = new HashMap<>();

    /** SQLDATE, MonthYear, Year, FractionDate (year + ((month − 1) × 30 + day) / 365, 4 decimals, as GDELT). */
    String[] day(long epochDay) {
        return days.computeIfAbsent(epochDay, e -> {
            var d = LocalDate.ofEpochDay(e);
            int y = d.getYear(), m = d.getMonthValue();
            double f = y + ((m - 1) * 30 + d.getDayOfMonth()) / 365.0;
            var frac = BigDecimal.valueOf(f).setScale(4, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
            return new String[] {String.format(Locale.ROOT, "%04d%02d%02d", y, m, d.getDayOfMonth()), String.format(Locale.ROOT, "%04d%02d", y, m),
                    Integer.toString(y), frac};
        });
    }

    Country someCountry(Rng rng, Table actorTable) {
        for (int i = 0; i < 4; i++) {
            var c = actors.get(actorTable.draw(rng)).country;
            if (c != null) {
                return c;
            }
        }
        return byCameo.get("USA");
    }

    void run(long n, Path out) throws IOException {
        long started = System.nanoTime();
        buildPlaces();
        buildActors();
        buildPairs(1_500_000);
        buildCodes();
        var rng = new Rng(seed);
        var actorTable = Table.zipf(actors.size(), skew, 0);
        var pairTable = Table.zipf(pairs.length, skew, 2);
        var hostTable = Table.zipf(HOSTS.length, 1.0, 1);
        var sizeTable = weights(ARTICLE_SIZES);
        var sizes = values(ARTICLE_SIZES);
        var mentionTable = weights(MENTIONS);
        var mentions = values(MENTIONS);
        var sourceTable = weights(SOURCES);
        var sources = values(SOURCES);
        var lagTable = weights(LAGS);
        var lags = values(LAGS);
        System.err.printf("gdelt-synth: %,d events, seed %d, %s .. %s, %,d actors, %,d pairs, skew %.2f%n", n, seed, from,
                until, actors.size(), pairs.length, skew);
        System.err.printf("event codes from %s; empty Actor1 %.1f %%, empty Actor2 %.1f %% (the sample's)%n", codeSource,
                100 * actor1Empty, 100 * actor2Empty);

        if (out.getParent() != null) {
            Files.createDirectories(out.getParent());
        }
        var usedActors = new boolean[actors.size()];
        var pairCounts = new HashMap<Long, int[]>();
        long empty1 = 0, empty2 = 0, articles = 0;
        long fromSecond = from.toEpochDay() * 86400, span = (until.toEpochDay() + 1) * 86400 - fromSecond;
        OutputStream raw = Files.newOutputStream(out);
        ZipOutputStream zos = null;
        if (zip) {
            zos = new ZipOutputStream(raw);
            var name = out.getFileName().toString();
            var entryName = name.endsWith(".zip") ? name.substring(0, name.length() - 4) : name;
            var entry = new ZipEntry(entryName.endsWith(".CSV") ? entryName : entryName + ".export.CSV");
            entry.setTimeLocal(until.atStartOfDay()); // a fixed time, or the .zip would differ from run to run
            zos.putNextEntry(entry);
            raw = zos;
        }
        var sb = new StringBuilder(1024);
        try (var w = new BufferedWriter(new OutputStreamWriter(raw, StandardCharsets.UTF_8), 1 << 16)) {
            long id = FIRST_ID, written = 0;
            while (written < n) {
                int size = (int) Math.min(sizes[sizeTable.draw(rng)], n - written);
                long second = fromSecond + (long) ((double) written / n * span);
                second -= second % 900;
                var added = java.time.LocalDateTime.ofEpochSecond(second, 0, ZoneOffset.UTC);
                var dateAdded = String.format(Locale.ROOT, "%04d%02d%02d%02d%02d00", added.getYear(), added.getMonthValue(),
                        added.getDayOfMonth(), added.getHour(), added.getMinute());
                long addedDay = Math.floorDiv(second, 86400);
                long main = pairs[pairTable.draw(rng)];
                int m1 = (int) (main >>> 32), m2 = (int) main;
                Actor ma = actors.get(m1), mb = actors.get(m2);
                var url = url(rng, hostTable, articles, added.toLocalDate(), ma, mb);
                var tone = tone(rng);
                double where = rng.nextDouble();
                var articleCountry = where < 0.5 && ma.country != null ? ma.country
                        : where < 0.7 && mb.country != null ? mb.country : someCountry(rng, actorTable);
                var articlePlace = articleCountry.draw(rng);
                articles++;
                for (int e = 0; e < size; e++, written++, id++) {
                    int a1 = -1, a2 = -1;
                    double shape = rng.nextDouble();
                    boolean no1 = shape < actor1Empty, no2 = !no1 && shape < actor1Empty + actor2Empty;
                    if (no1 || no2) {
                        int one = rng.chance(0.5) ? (rng.chance(0.5) ? m1 : m2) : actorTable.draw(rng);
                        if (no1) {
                            a2 = one;
                        } else {
                            a1 = one;
                        }
                    } else {
                        long p = rng.chance(0.5) ? main : pairs[pairTable.draw(rng)];
                        a1 = (int) (p >>> 32);
                        a2 = (int) p;
                        if (rng.chance(0.5)) {
                            int t = a1;
                            a1 = a2;
                            a2 = t;
                        }
                        long key = ((long) Math.min(a1, a2) << 32) | Math.max(a1, a2);
                        pairCounts.computeIfAbsent(key, k -> new int[1])[0]++;
                    }
                    Actor x1 = a1 < 0 ? null : actors.get(a1), x2 = a2 < 0 ? null : actors.get(a2);
                    if (x1 == null) {
                        empty1++;
                    } else {
                        usedActors[a1] = true;
                    }
                    if (x2 == null) {
                        empty2++;
                    } else {
                        usedActors[a2] = true;
                    }
                    int lag = lags[lagTable.draw(rng)];
                    if (addedDay - lag < from.toEpochDay()) {
                        lag = 0;
                    }
                    var d = day(addedDay - lag);
                    var code = codes.get(codeTable.draw(rng));
                    int mention = mentions[mentionTable.draw(rng)];
                    int article = rng.chance(0.97) ? mention : Math.max(1, (int) Math.ceil(mention * (0.3 + 0.5 * rng.nextDouble())));
                    int source = Math.min(article, sources[sourceTable.draw(rng)]);
                    String action = rng.chance(0.0175) ? NO_PLACE
                            : rng.chance(0.8) ? articlePlace.columns : someCountry(rng, actorTable).draw(rng).columns;

                    sb.setLength(0);
                    sb.append(id).append('\t').append(d[0]).append('\t').append(d[1]).append('\t').append(d[2]).append('\t')
                            .append(d[3]).append('\t');
                    sb.append(x1 == null ? "\t\t\t\t\t\t\t\t\t" : x1.columns).append('\t');
                    sb.append(x2 == null ? "\t\t\t\t\t\t\t\t\t" : x2.columns).append('\t');
                    sb.append(rng.chance(0.6) ? '1' : '0').append('\t').append(code.code).append('\t').append(code.base)
                            .append('\t').append(code.root).append('\t').append(code.quad).append('\t').append(code.goldstein)
                            .append('\t').append(mention).append('\t').append(source).append('\t').append(article)
                            .append('\t').append(tone).append('\t');
                    sb.append(actorPlace(rng, x1, action, actorTable)).append('\t');
                    sb.append(actorPlace(rng, x2, action, actorTable)).append('\t');
                    sb.append(action).append('\t').append(dateAdded).append('\t').append(url).append('\n');
                    w.append(sb);
                }
            }
            w.flush();
            if (zos != null) {
                zos.closeEntry();
            }
        }
        summary(n, out, started, usedActors, pairCounts, empty1, empty2, articles);
    }

    String actorPlace(Rng rng, Actor actor, String action, Table actorTable) {
        if (actor == null || rng.chance(0.018)) {
            return NO_PLACE;
        }
        if (!action.equals(NO_PLACE) && rng.chance(0.72)) {
            return action;
        }
        var c = actor.country != null ? actor.country : someCountry(rng, actorTable);
        return c.draw(rng).columns;
    }

    void summary(long n, Path out, long started, boolean[] used, Map<Long, int[]> pairCounts, long empty1, long empty2,
            long articles) throws IOException {
        int distinct = 0;
        for (var u : used) {
            distinct += u ? 1 : 0;
        }
        var top = new ArrayList<>(pairCounts.entrySet());
        top.sort((p, q) -> q.getValue()[0] != p.getValue()[0] ? Integer.compare(q.getValue()[0], p.getValue()[0])
                : Long.compare(p.getKey(), q.getKey()));
        long pairEvents = 0;
        for (var e : pairCounts.values()) {
            pairEvents += e[0];
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        System.err.printf("rows %,d in %,d articles (%.1f events an article); empty Actor1 %.1f %%, empty Actor2 %.1f %%%n",
                n, articles, n / (double) Math.max(1, articles), 100.0 * empty1 / n, 100.0 * empty2 / n);
        System.err.printf("distinct actors %,d; distinct pairs %,d (unordered, both actors present: %,d events)%n",
                distinct, pairCounts.size(), pairEvents);
        System.err.println("top pairs (either direction):");
        for (int i = 0; i < Math.min(5, top.size()); i++) {
            long k = top.get(i).getKey();
            int c = top.get(i).getValue()[0];
            System.err.printf("  %-14s %-14s %,10d  %5.2f %% of rows%n", actors.get((int) (k >>> 32)).code,
                    actors.get((int) k).code, c, 100.0 * c / n);
        }
        if (!top.isEmpty()) {
            System.err.printf("top pair share: %.2f %% of rows, %.2f %% of two-actor events%n",
                    100.0 * top.get(0).getValue()[0] / n, 100.0 * top.get(0).getValue()[0] / pairEvents);
        }
        System.err.printf("wrote %s: %,d bytes (%.1f MB) in %.1f s%n", out, Files.size(out), Files.size(out) / 1e6, seconds);
    }

    // ---------------------------------------------------------------- data

    /** EventCode:count:GoldsteinScale in the sample 20191024143000.export.CSV, used when the sample is not there. */
    static final String BUILT_IN_CODES = """
010:160:0.0 042:143:1.9 043:129:2.8 036:113:4.0 190:106:-10.0 040:104:1.0 051:96:3.4 020:96:3.0 173:72:-5.0 046:60:7.0
193:52:-10.0 112:49:-2.0 111:48:-2.0 080:47:5.0 090:45:-2.0 057:42:8.0 120:41:-4.0 012:41:-0.4 013:39:0.4 110:30:-2.0
030:28:4.0 060:26:6.0 070:24:7.0 071:23:7.4 141:22:-6.5 0874:21:10.0 050:21:3.5 014:18:0.0 180:18:-9.0 045:18:5.0
160:18:-4.0 017:15:0.0 084:15:7.0 130:14:-4.4 182:14:-9.5 100:14:-5.0 072:13:8.3 114:12:-2.0 192:12:-9.5 016:12:-2.0
172:11:-5.0 0841:10:7.0 062:10:7.4 061:9:6.4 026:9:4.0 0311:9:5.2 086:8:9.0 015:8:0.0 073:8:7.4 081:7:5.0
140:6:-6.5 039:6:5.0 044:6:2.5 031:5:5.2 1243:5:-4.0 0231:5:3.4 163:5:-8.0 138:5:-7.0 075:5:7.0 035:4:7.0
023:4:3.4 056:4:7.0 115:4:-2.0 186:4:-10.0 191:4:-9.5 021:4:3.4 181:3:-9.0 0831:3:5.0 1712:3:-9.2 1821:3:-9.0
0241:3:-0.3 025:3:-0.3 1721:3:-5.0 1312:3:-5.8 1122:3:-2.0 139:2:-7.0 1711:2:-9.2 087:2:9.0 0353:2:7.0 144:2:-7.5
052:2:3.5 0256:2:-0.3 018:2:3.4 1041:2:-5.0 064:2:7.0 0253:2:-0.3 1123:2:-2.0 011:2:-0.1 1014:2:-5.0 1823:1:-10.0
1723:1:-5.0 0214:1:3.4 113:1:-2.0 024:1:-0.3 174:1:-5.0 195:1:-10.0 152:1:-7.2 033:1:5.2 022:1:3.2 0871:1:9.0
1044:1:-5.0 032:1:4.5 0842:1:7.0 1053:1:-5.0 0833:1:5.0 145:1:-7.5 194:1:-10.0 1043:1:-5.0 154:1:-7.2
""";

    /**
     * CAMEO state code | actor name | FIPS 10-4 | GDELT place name | centroid lat | long | capital | times the sample
     * names the country alone (geo type 1). Centroids as GDELT writes them where the sample has the country, else from
     * seeds/gazetteer/countries.json.
     */
    static final String COUNTRIES = """
AFG|AFGHANISTAN|AF|Afghanistan|33|66|Kabul|32
ALB|ALBANIA|AL|Albania|41|20|Tirana|8
DZA|ALGERIA|AG|Algeria|28|3|Algiers|5
AND|ANDORRA|AN|Andorra|42.5|1.5|Andorra la Vella|0
AGO|ANGOLA|AO|Angola|-12.5|18.5|Luanda|0
ATG|ANTIGUA AND BARBUDA|AC|Antigua and Barbuda|17.05|-61.8|Saint John's|0
ARG|ARGENTINA|AR|Argentina|-34|-64|Buenos Aires|0
ARM|ARMENIA|AM|Armenia|40|45|Yerevan|0
AUS|AUSTRALIA|AS|Australia|-25|135|Canberra|15
AUT|AUSTRIA|AU|Austria|47.333333|13.333333|Vienna|8
AZE|AZERBAIJAN|AJ|Azerbaijan|40.5|47.5|Baku|0
BHS|BAHAMAS|BF|Bahamas|24.25|-76|Nassau|0
BHR|BAHRAIN|BA|Bahrain|26|50.5|Manama|5
BGD|BANGLADESH|BG|Bangladesh|24|90|Dhaka|0
BRB|BARBADOS|BB|Barbados|13.166667|-59.533333|Bridgetown|0
BLR|BELARUS|BO|Belarus|53|28|Minsk|0
BEL|BELGIUM|BE|Belgium|50.833333|4|Brussels|7
BLZ|BELIZE|BH|Belize|17.25|-88.75|Belmopan|0
BEN|BENIN|BN|Benin|9.5|2.25|Porto-Novo|0
BTN|BHUTAN|BT|Bhutan|27.5|90.5|Thimphu|0
BOL|BOLIVIA|BL|Bolivia|-17|-65|Sucre|0
BIH|BOSNIA AND HERZEGOVINA|BK|Bosnia and Herzegovina|44|18|Sarajevo|0
BWA|BOTSWANA|BC|Botswana|-22|24|Gaborone|16
BRA|BRAZIL|BR|Brazil|-10|-55|Brasilia|23
BRN|BRUNEI|BX|Brunei|4.5|114.666667|Bandar Seri Begawan|0
BGR|BULGARIA|BU|Bulgaria|43|25|Sofia|12
BFA|BURKINA FASO|UV|Burkina Faso|13|-2|Ouagadougou|0
BDI|BURUNDI|BY|Burundi|-3.5|30|Gitega|0
KHM|CAMBODIA|CB|Cambodia|13|105|Phnom Penh|0
CMR|CAMEROON|CM|Cameroon|6|12|Yaounde|0
CAN|CANADA|CA|Canada|60|-96|Ottawa|29
CPV|CAPE VERDE|CV|Cape Verde|16|-24|Praia|0
CAF|CENTRAL AFRICAN REPUBLIC|CT|Central African Republic|7|21|Bangui|0
TCD|CHAD|CD|Chad|15|19|N'Djamena|0
CHL|CHILE|CI|Chile|-30|-71|Santiago|10
CHN|CHINA|CH|China|35|105|Beijing|67
COL|COLOMBIA|CO|Colombia|4|-72|Bogota|0
COM|COMOROS|CN|Comoros|-12.166667|44.25|Moroni|0
COG|CONGO|CF|Congo|-1|15|Brazzaville|3
COD|DEMOCRATIC REPUBLIC OF THE CONGO|CG|DR Congo|0|25|Kinshasa|0
CRI|COSTA RICA|CS|Costa Rica|10|-84|San Jose|0
CIV|IVORY COAST|IV|Ivory Coast|8|-5|Yamoussoukro|0
HRV|CROATIA|HR|Croatia|45.166667|15.5|Zagreb|12
CUB|CUBA|CU|Cuba|21.5|-80|Havana|0
CYP|CYPRUS|CY|Cyprus|35|33|Nicosia|10
CZE|CZECH REPUBLIC|EZ|Czech Republic|49.75|15|Prague|2
DNK|DENMARK|DA|Denmark|56|10|Copenhagen|10
DJI|DJIBOUTI|DJ|Djibouti|11.5|43|Djibouti|0
DMA|DOMINICA|DO|Dominica|15.416667|-61.333333|Roseau|0
DOM|DOMINICAN REPUBLIC|DR|Dominican Republic|19|-70.666667|Santo Domingo|0
ECU|ECUADOR|EC|Ecuador|-2|-77.5|Quito|0
EGY|EGYPT|EG|Egypt|27|30|Cairo|10
SLV|EL SALVADOR|ES|El Salvador|13.833333|-88.916667|San Salvador|0
GNQ|EQUATORIAL GUINEA|EK|Equatorial Guinea|2|10|Malabo|0
ERI|ERITREA|ER|Eritrea|15|39|Asmara|2
EST|ESTONIA|EN|Estonia|59|26|Tallinn|0
ETH|ETHIOPIA|ET|Ethiopia|8|38|Addis Ababa|8
FJI|FIJI|FJ|Fiji|-18|175|Suva|0
FIN|FINLAND|FI|Finland|64|26|Helsinki|6
FRA|FRANCE|FR|France|46|2|Paris|40
GAB|GABON|GB|Gabon|-1|11.75|Libreville|0
GMB|GAMBIA|GA|Gambia|13.5|-15.5|Banjul|1
GEO|GEORGIA|GG|Georgia|42|43.5|Tbilisi|0
DEU|GERMANY|GM|Germany|51.5|10.5|Berlin|49
GHA|GHANA|GH|Ghana|8|-2|Accra|4
GRC|GREECE|GR|Greece|39|22|Athens|0
GRD|GRENADA|GJ|Grenada|12.116667|-61.666667|St. George's|0
GTM|GUATEMALA|GT|Guatemala|15.5|-90.25|Guatemala City|0
GIN|GUINEA|GV|Guinea|11|-10|Conakry|0
GNB|GUINEA-BISSAU|PU|Guinea-Bissau|12|-15|Bissau|0
GUY|GUYANA|GY|Guyana|5|-59|Georgetown|0
HTI|HAITI|HA|Haiti|19|-72.416667|Port-au-Prince|0
HND|HONDURAS|HO|Honduras|15|-86.5|Tegucigalpa|0
HUN|HUNGARY|HU|Hungary|47|20|Budapest|0
ISL|ICELAND|IC|Iceland|65|-18|Reykjavik|0
IND|INDIA|IN|India|20|77|New Delhi|28
IDN|INDONESIA|ID|Indonesia|-5|120|Jakarta|20
IRN|IRAN|IR|Iran|32|53|Tehran|10
IRQ|IRAQ|IZ|Iraq|33|44|Baghdad|6
IRL|IRELAND|EI|Ireland|53|-8|Dublin|32
ISR|ISRAEL|IS|Israel|31.5|34.75|Jerusalem|27
ITA|ITALY|IT|Italy|42.833333|12.833333|Rome|29
JAM|JAMAICA|JM|Jamaica|18.25|-77.5|Kingston|6
JPN|JAPAN|JA|Japan|36|138|Tokyo|12
JOR|JORDAN|JO|Jordan|31|36|Amman|2
KAZ|KAZAKHSTAN|KZ|Kazakhstan|48|68|Astana|0
KEN|KENYA|KE|Kenya|1|38|Nairobi|0
KIR|KIRIBATI|KR|Kiribati|1.416667|173|South Tarawa|0
PRK|NORTH KOREA|KN|North Korea|40|127|Pyongyang|17
KOR|SOUTH KOREA|KS|South Korea|37|127.5|Seoul|15
KWT|KUWAIT|KU|Kuwait|29.5|45.75|Kuwait City|0
KGZ|KYRGYZSTAN|KG|Kyrgyzstan|41|75|Bishkek|0
LAO|LAOS|LA|Laos|18|105|Vientiane|0
LVA|LATVIA|LG|Latvia|57|25|Riga|0
LBN|LEBANON|LE|Lebanon|33.833333|35.833333|Beirut|5
LSO|LESOTHO|LT|Lesotho|-29.5|28.5|Maseru|0
LBR|LIBERIA|LI|Liberia|6.5|-9.5|Monrovia|0
LBY|LIBYA|LY|Libya|25|17|Tripoli|1
LIE|LIECHTENSTEIN|LS|Liechtenstein|47.266667|9.533333|Vaduz|0
LTU|LITHUANIA|LH|Lithuania|56|24|Vilnius|4
LUX|LUXEMBOURG|LU|Luxembourg|49.75|6.166667|Luxembourg|0
MKD|NORTH MACEDONIA|MK|North Macedonia|41.833333|22|Skopje|0
MDG|MADAGASCAR|MA|Madagascar|-20|47|Antananarivo|0
MWI|MALAWI|MI|Malawi|-13.5|34|Lilongwe|0
MYS|MALAYSIA|MY|Malaysia|2.5|112.5|Kuala Lumpur|0
MDV|MALDIVES|MV|Maldives|3.25|73|Male|0
MLI|MALI|ML|Mali|17|-4|Bamako|0
MLT|MALTA|MT|Malta|35.833333|14.583333|Valletta|0
MHL|MARSHALL ISLANDS|RM|Marshall Islands|9|168|Majuro|0
MRT|MAURITANIA|MR|Mauritania|20|-12|Nouakchott|0
MUS|MAURITIUS|MP|Mauritius|16|146|Port Louis|8
MEX|MEXICO|MX|Mexico|23|-102|Mexico City|12
FSM|MICRONESIA|FM|Micronesia|6.916667|158.25|Palikir|0
MDA|MOLDOVA|MD|Moldova|47|29|Chisinau|0
MCO|MONACO|MN|Monaco|43.733333|7.4|Monaco|0
MNG|MONGOLIA|MG|Mongolia|46|105|Ulan Bator|0
MNE|MONTENEGRO|MJ|Montenegro|42.5|19.3|Podgorica|0
MAR|MOROCCO|MO|Morocco|32|-5|Rabat|5
MOZ|MOZAMBIQUE|MZ|Mozambique|-18.25|35|Maputo|0
MMR|MYANMAR|BM|Myanmar|22|98|Naypyidaw|0
NAM|NAMIBIA|WA|Namibia|-22|17|Windhoek|6
NRU|NAURU|NR|Nauru|-0.533333|166.916667|Yaren|0
NPL|NEPAL|NP|Nepal|28|84|Kathmandu|0
NLD|NETHERLANDS|NL|Netherlands|52.5|5.75|Amsterdam|13
NZL|NEW ZEALAND|NZ|New Zealand|-41|174|Wellington|0
NIC|NICARAGUA|NU|Nicaragua|13|-85|Managua|0
NER|NIGER|NG|Niger|16|8|Niamey|0
NGA|NIGERIA|NI|Nigeria|10|8|Abuja|0
NOR|NORWAY|NO|Norway|62|10|Oslo|10
OMN|OMAN|MU|Oman|21|57|Muscat|5
PAK|PAKISTAN|PK|Pakistan|30|70|Islamabad|16
PLW|PALAU|PS|Palau|7.5|134.5|Ngerulmud|0
PAN|PANAMA|PM|Panama|9|-80|Panama City|0
PNG|PAPUA NEW GUINEA|PP|Papua New Guinea|-6|147|Port Moresby|0
PRY|PARAGUAY|PA|Paraguay|-23|-58|Asuncion|0
PER|PERU|PE|Peru|-10|-76|Lima|0
PHL|PHILIPPINES|RP|Philippines|13|122|Manila|50
POL|POLAND|PL|Poland|52|20|Warsaw|9
PRT|PORTUGAL|PO|Portugal|39.5|-8|Lisbon|0
QAT|QATAR|QA|Qatar|25.5|51.25|Doha|0
ROU|ROMANIA|RO|Romania|46|25|Bucharest|2
RUS|RUSSIA|RS|Russia|60|100|Moscow|61
RWA|RWANDA|RW|Rwanda|-2|30|Kigali|0
KNA|SAINT KITTS AND NEVIS|SC|Saint Kitts and Nevis|17.333333|-62.75|Basseterre|0
LCA|SAINT LUCIA|ST|Saint Lucia|13.883333|-60.966667|Castries|0
VCT|SAINT VINCENT AND THE GRENADINES|VC|Saint Vincent and the Grenadines|13.25|-61.2|Kingstown|0
WSM|SAMOA|WS|Samoa|-13.583333|-172.333333|Apia|0
SMR|SAN MARINO|SM|San Marino|43.766667|12.416667|City of San Marino|0
STP|SAO TOME AND PRINCIPE|TP|Sao Tome and Principe|1|7|Sao Tome|0
SAU|SAUDI ARABIA|SA|Saudi Arabia|25|45|Riyadh|37
SEN|SENEGAL|SG|Senegal|14|-14|Dakar|0
SRB|SERBIA|RI|Serbia|44|21|Belgrade|0
SYC|SEYCHELLES|SE|Seychelles|-4.583333|55.666667|Victoria|0
SLE|SIERRA LEONE|SL|Sierra Leone|8.5|-11.5|Freetown|0
SGP|SINGAPORE|SN|Singapore|1.366667|103.8|Singapore|15
SVK|SLOVAKIA|LO|Slovak Republic|48.666667|19.5|Bratislava|2
SVN|SLOVENIA|SI|Slovenia|46.116667|14.816667|Ljubljana|0
SLB|SOLOMON ISLANDS|BP|Solomon Islands|-8|159|Honiara|0
SOM|SOMALIA|SO|Somalia|6|48|Mogadishu|1
ZAF|SOUTH AFRICA|SF|South Africa|-30|26|Pretoria|33
SSD|SOUTH SUDAN|OD|South Sudan|7|30|Juba|0
ESP|SPAIN|SP|Spain|40|-4|Madrid|35
LKA|SRI LANKA|CE|Sri Lanka|7|81|Colombo|49
SDN|SUDAN|SU|Sudan|16|30|Khartoum|2
SUR|SURINAME|NS|Suriname|4|-56|Paramaribo|0
SWZ|ESWATINI|WZ|Eswatini|-26.5|31.5|Lobamba|0
SWE|SWEDEN|SW|Sweden|62|15|Stockholm|4
CHE|SWITZERLAND|SZ|Switzerland|47|8|Bern|4
SYR|SYRIA|SY|Syria|35|38|Damascus|61
TWN|TAIWAN|TW|Taiwan|23.5|121|Taipei|0
TJK|TAJIKISTAN|TI|Tajikistan|39|71|Dushanbe|0
TZA|TANZANIA|TZ|Tanzania|-6|35|Dodoma|5
THA|THAILAND|TH|Thailand|15|100|Bangkok|8
TLS|TIMOR-LESTE|TT|Timor-Leste|-8.833333|125.916667|Dili|0
TGO|TOGO|TO|Togo|8|1.166667|Lome|2
TON|TONGA|TN|Tonga|-20|-175|Nuku'alofa|0
TTO|TRINIDAD AND TOBAGO|TD|Trinidad And Tobago|11|-61|Port of Spain|1
TUN|TUNISIA|TS|Tunisia|34|9|Tunis|0
TUR|TURKEY|TU|Turkey|39.059012|34.911546|Ankara|53
TKM|TURKMENISTAN|TX|Turkmenistan|40|60|Ashgabat|26
TUV|TUVALU|TV|Tuvalu|-8|178|Funafuti|0
UGA|UGANDA|UG|Uganda|2|33|Kampala|16
UKR|UKRAINE|UP|Ukraine|49|32|Kyiv|38
ARE|UNITED ARAB EMIRATES|AE|United Arab Emirates|24|54|Abu Dhabi|4
GBR|UNITED KINGDOM|UK|United Kingdom|54|-4|London|146
USA|UNITED STATES|US|United States|39.828175|-98.5795|Washington D.C.|146
URY|URUGUAY|UY|Uruguay|-33|-56|Montevideo|0
UZB|UZBEKISTAN|UZ|Uzbekistan|41|64|Tashkent|0
VUT|VANUATU|NH|Vanuatu|-16|167|Port Vila|0
VEN|VENEZUELA|VE|Venezuela|8|-66|Caracas|2
VNM|VIETNAM|VM|Vietnam|16.166667|107.833333|Hanoi|0
YEM|YEMEN|YM|Yemen|15|48|Sana'a|0
ZMB|ZAMBIA|ZA|Zambia|-15|30|Lusaka|3
ZWE|ZIMBABWE|ZI|Zimbabwe|-19|29|Harare|1
PSE|PALESTINE|WE|Palestine|31.9|35.2|Ramallah|0
KSV|KOSOVO|KV|Kosovo|42.666667|21.166667|Pristina|0
HKG|HONG KONG|HK|Hong Kong|22.25|114.166667|City of Victoria|4
VAT|VATICAN CITY|VT|Vatican City|41.9|12.45|Vatican City|0
PRI|PUERTO RICO|RQ|Puerto Rico|18.25|-66.5|San Juan|0
GRL|GREENLAND|GL|Greenland|72|-40|Nuuk|0
BMU|BERMUDA|BD|Bermuda|32.333333|-64.75|Hamilton|4
CYM|CAYMAN ISLANDS|CJ|Cayman Islands|19.5|-80.5|George Town|0
ABW|ARUBA|AA|Aruba|12.5|-69.966667|Oranjestad|0
""";

    /**
     * Places of geo types 2–5 in the sample (type | full name | FIPS | ADM1 | ADM2 | lat | long | FeatureID | times
     * seen), copied as GDELT wrote them.
     */
    static final String PLACES = """
2|New York, United States|US|USNY||42.1497|-74.9384|NY|97
4|Dubai, Dubayy, United Arab Emirates|AE|AE03|28575|25.2522|55.28|-782831|83
2|Texas, United States|US|USTX||31.106|-97.6475|TX|73
4|Beirut, Beyrouth, Lebanon|LE|LE04|18808|33.8719|35.5097|-801546|67
3|Washington, District of Columbia, United States|US|USDC|DC001|38.8951|-77.0364|531871|66
4|Beijing, Beijing, China|CH|CH22|13001|39.9289|116.388|-1898541|61
5|Essex, Essex, United Kingdom|UK|UKE4|40108|51.8333|0.583333|-2595724|61
4|Tehran, Tehran, Iran|IR|IR26|41130|35.75|51.5148|10074674|58
4|Ankara, Ankara, Turkey|TU|TU68|27516|39.9272|32.8644|-735338|56
4|Moscow, Moskva, Russia|RS|RS48|25106|55.7522|37.6156|-2960561|53
2|Pennsylvania, United States|US|USPA||40.5773|-77.264|PA|51
4|Kirkenes, Finnmark, Norway|NO|NO05|23202|69.725|30.0517|-265788|51
4|Idlib, Idlib, Syria|SY|SY12|26365|35.9306|36.6339|-2542538|49
2|South Carolina, United States|US|USSC||33.8191|-80.9066|SC|47
4|Paris, France (general), France|FR|FR00|16282|48.8667|2.33333|-1456928|47
3|Odessa, Texas, United States|US|USTX|TX135|31.8457|-102.368|1343067|45
4|Tokyo, Tokyo, Japan|JA|JA40|36340|35.685|139.751|-246227|45
3|World Bank, District of Columbia, United States|US|USDC||38.899|-77.0422|2002658|43
3|Phoenix, Arizona, United States|US|USAZ|AZ013|33.4484|-112.074|44784|42
4|Minsk, Belarus (general), Belarus|BO|BO00|5840|53.9|27.5667|-1946324|42
2|Georgia, United States|US|USGA||32.9866|-83.6487|GA|41
3|Dallas, Texas, United States|US|USTX|TX113|32.7831|-96.8067|1380944|40
4|Hasakeh, Al ?asakah, Syria|SY|SY01|26354|36.5024|40.7477|-2538087|38
4|Athens, AttikiR, Greece|GR|GR35|16716|37.9833|23.7333|-814876|34
3|White House, District of Columbia, United States|US|USDC||38.8951|-77.0364|531871|33
3|Baltimore, Maryland, United States|US|USMD|MD510|39.2904|-76.6122|597040|31
3|First Baptist Church, Texas, United States|US|USTX||29.3941|-94.9155|1385009|29
4|Damascus, Dimashq, Syria|SY|SY13|26324|33.5|36.3|-2541260|29
4|Vancouver, British Columbia, Canada|CA|CA02|12552|49.25|-123.133|-575268|29
2|Tennessee, United States|US|USTN||35.7449|-86.7489|TN|28
4|Manchester, Manchester, United Kingdom|UK|UKI2|40118|53.5|-2.21667|-2602512|28
4|Northern Ireland, Craigavon, United Kingdom|UK|UKR8|40152|54.5|-6.5|-2604275|27
5|Thurrock, Thurrock, United Kingdom|UK|UKO3|40108|51.5057|0.386213|-2609771|27
2|Alaska, United States|US|USAK||61.385|-152.268|AK|26
3|El Paso, Texas, United States|US|USTX||31.7587|-106.487|1380946|26
3|Sutherland Springs, Texas, United States|US|USTX||29.2733|-98.0567|1369438|26
4|Dublin, Dublin, Ireland|EI|EI07|18288|53.3331|-6.24889|-1502554|26
4|Barcelona, Comunidad Autonoma de Cataluna, Spain|SP|SP56|25806|41.3833|2.18333|-372490|25
4|Bubanza, iProvense ya Bujumbura Rural, Burundi|BY|BY25|40755|-3.5303|29.4669|6032250|25
4|Sochi, Krasnodarskiy Kray, Russia|RS|RS38|25065|43.5992|39.7257|-3006514|25
2|Kentucky, United States|US|USKY||37.669|-84.6514|KY|24
3|Wexford, Pennsylvania, United States|US|USPA|PA003|40.6265|-80.0559|1191197|24
4|Kuala Lumpur, Kuala Lumpur, Malaysia|MY|MY14|18585|3.16667|101.7|-2403010|24
4|Berlin, Berlin, Germany|GM|GM16|16538|52.5167|13.4|-1746443|23
2|Iowa, United States|US|USIA||42.0046|-93.214|IA|22
4|Quebec, Quebec, Canada|CA|CA10|12750|47.5|-72|-571850|22
2|California, United States|US|USCA||36.17|-119.746|CA|21
2|Colorado, United States|US|USCO||39.0646|-105.327|CO|21
2|Michigan, United States|US|USMI||43.3504|-84.5603|MI|21
2|New Hampshire, United States|US|USNH||43.4108|-71.5653|NH|21
3|Philomath, Oregon, United States|US|USOR|OR003|44.5401|-123.368|1147639|21
4|Abu Dhabi, Abu Z aby, United Arab Emirates|AE|AE01|28568|24.4667|54.3667|-782066|21
4|Kartarpur, Punjab, India|IN|IN23|17829|31.44|75.4997|-2099892|21
4|Kedah, Kelantan, Malaysia|MY|MY03|37360|5.48333|102.1|-2403052|21
2|Florida, United States|US|USFL||27.8333|-81.717|FL|20
2|Maryland, United States|US|USMD||39.0724|-76.7902|MD|20
2|Virginia, United States|US|USVA||37.768|-78.2057|VA|20
3|Hinesville, Georgia, United States|US|USGA|GA179|31.8469|-81.5959|331992|20
3|Philadelphia, Pennsylvania, United States|US|USPA|PA101|39.9523|-75.1638|1209052|20
4|Gatundu, Central, Kenya|KE|KE01|18585|-0.733333|37.05|-2245193|18
4|Kremlin, Moskva, Russia|RS|RS48|25106|55.7522|37.6156|-2960561|18
4|Mahama, Ghana (general), Ghana|GH|GH00|190580|6.33333|-1.46667|-2075744|18
4|Sulaymaniyah, As Sulaymaniyah, Iraq|IZ|IZ05|36773|35.565|45.4329|-3103288|18
5|Bayelsa State, Bayelsa, Nigeria|NI|NI52|191393|4.75|6.08333|9098614|18
3|Hopkinsville, Kentucky, United States|US|USKY|KY047|36.8656|-87.4886|494550|17
4|Brasilia, Distrito Federal, Brazil|BR|BR07|40202|-15.7833|-47.9167|-631243|17
4|Ecopetrol, Tolima, Colombia|CO|CO28|14343|5.20187|-74.9301|10837637|17
4|Haneda, Wakayama, Japan|JA|JA43|36528|33.75|135.333|-228452|17
4|Skopje, Macedonia (general), Macedonia|MK|MK00|27270|42|21.4333|-95841|17
4|Yerevan, Yerevan*, Armenia|AM|AM11|4936|40.1811|44.5136|-2325645|17
4|Zeebrugge, Region Flamande, Belgium|BE|BE13|5849|51.329|3.18188|-1973155|17
3|El Paso, Texas, United States|US|USTX|TX141|31.7587|-106.487|1380946|16
4|Galmudug, Somalia (general), Somalia|SO|SO00|25707|6|48|11432107|16
4|Jerusalem, Israel (general), Israel|IS|IS00|18315|31.7667|35.2333|-797092|16
2|Connecticut, United States|US|USCT||41.5834|-72.7622|CT|15
2|Massachusetts, United States|US|USMA||42.2373|-71.5314|MA|15
2|Ohio, United States|US|USOH||40.3736|-82.7755|OH|15
2|Washington, United States|US|USWA||47.3917|-121.571|WA|15
3|First Baptist Church, Texas, United States|US|USTX|TX167|29.3941|-94.9155|1385009|15
3|World Bank, District of Columbia, United States|US|USDC|DC001|38.899|-77.0422|2002658|15
4|Bridgewater, Nova Scotia, Canada|CA|CA07|12631|44.3667|-64.5167|-561631|15
4|Ballinamore, Leitrim, Ireland|EI|EI14|18294|54.05|-7.8|-1500359|14
4|Brussels, Bruxelles-Capitale, Belgium|BE|BE11|5850|50.8333|4.33333|-1955538|14
4|Cape Town, Western Cape, South Africa|SF|SF11|77317|-33.9167|18.4167|-1217214|14
4|Dover, Kent, United Kingdom|UK|UKG5|40117|51.1333|1.3|-2594561|14
4|Gwenzi, Zimbabwe (general), Zimbabwe|ZI|ZI00|40197|-19.2333|32.5167|-2312163|14
4|Hatikva, Tel Aviv, Israel|IS|IS05|18316|32.05|34.7833|-781414|14
4|Makei, Pskovskaya Oblast', Russia|RS|RS60|25089|56.3743|28.2813|10572314|14
4|Mogadishu, Banaadir, Somalia|SO|SO02|25691|2.06667|45.3667|-3227437|14
4|Mumbai, Maharashtra, India|IN|IN16|70184|18.975|72.8258|-2092174|14
4|Pretoria, Gauteng, South Africa|SF|SF06|77346|-25.7069|28.2294|-1273769|14
2|Illinois, United States|US|USIL||40.3363|-89.0022|IL|13
2|Utah, United States|US|USUT||40.1135|-111.854|UT|13
3|Circleville, Ohio, United States|US|USOH|OH129|39.6006|-82.946|1056803|13
3|Floresville, Texas, United States|US|USTX|TX493|29.1336|-98.1561|1357499|13
4|Kharar, Uttar Pradesh, India|IN|IN36|70279|24.3667|82.95|-2100600|13
4|Yangon, Yangon, Myanmar|BM|BM17|41840|16.8053|96.1561|-440623|13
2|Hawaii, United States|US|USHI||21.1098|-157.531|HI|12
4|Culiacan, Sinaloa, Mexico|MX|MX25|20887|24|-107.033|-3826050|12
4|Haryana, Haryana, India|IN|IN10|17660|29.6161|76.9806|6210381|12
4|Sussex, Limpopo, South Africa|SF|SF09|6322|-23.4951|27.2675|-1288462|12
4|Tel Aviv, Tel Aviv, Israel|IS|IS05|18316|32.0667|34.7667|-781545|12
4|Yalta, Tul'skaya Oblast', Russia|RS|RS76|25105|53.4771|38.0354|-3038596|12
2|Indiana, United States|US|USIN||39.8647|-86.2604|IN|11
3|Brooklyn, New York, United States|US|USNY|NY025|42.3442|-75.1704|944840|11
3|Sutherland Springs, Texas, United States|US|USTX|TX493|29.2733|-98.0567|1369438|11
3|West Boylston, Massachusetts, United States|US|USMA||42.3668|-71.7856|610577|11
4|Accra, Greater Accra, Ghana|GH|GH01|190655|5.55|-0.216667|-2067935|11
4|Akufo, Ghana (general), Ghana|GH|GH00|190679|5.85|-0.35|-2069039|11
4|Cristo Rey, Sinaloa, Mexico|MX|MX25|20887|22.5833|-105.733|-3826328|11
4|Kartal, Yozgat, Turkey|TU|TU66|28362|39.8222|35.6402|-758269|11
3|Bowling Green, Kentucky, United States|US|USKY||36.9903|-86.4436|487744|10
4|Al Madina, Al Madinah, Saudi Arabia|SA|SA05|25311|24.4686|39.6142|-3092186|10
4|Anadolu, Turkey (general), Turkey|TU|TU00|28356|39|35|-735281|10
4|Delhi, Delhi, India|IN|IN07|17911|28.6667|77.2167|-2094230|10
4|Geneva, Gene, Switzerland|SZ|SZ07|16329|46.1956|6.14811|-2552151|10
4|Hindustan, India (general), India|IN|IN00|17857|28|76|-3414754|10
4|London, London, City of, United Kingdom|UK|UKH9|40110|51.5|-0.116667|-2601889|10
4|Markethill, Armagh, United Kingdom|UK|UKQ8|40143|54.3|-6.51667|-2602609|10
4|Purfleet, Thurrock, United Kingdom|UK|UKO3|40117|51.4833|0.233333|-2605797|10
4|Salisbury, Mashonaland East, Zimbabwe|ZI|ZI04|40197|-17.8178|31.0447|-2312291|10
4|Simpang Renggam, Johor, Malaysia|MY|MY01|18585|1.825|103.311|-2405510|10
5|Gauteng, Gauteng, South Africa|SF|SF06|77346|-26.0833|28.25|204226|10
4|Bitburg, Rheinland-Pfalz, Germany|GM|GM08|16554|49.9667|6.53333|-1748426|9
4|Cairo, Al Qahirah, Egypt|EG|EG11|65350|30.05|31.25|-290692|9
4|Colombo, Western, Sri Lanka|CE|CE36|25852|6.93194|79.8478|-2214877|9
4|Maputo, Maputo, Mozambique|MZ|MZ04|41374|-25.9653|32.5892|-319029|9
4|Ottawa, Ontario, Canada|CA|CA08|12755|45.4167|-75.7|-570760|9
4|Tete, Tete, Mozambique|MZ|MZ08|65264|-16.1564|33.5867|-333700|9
2|Arizona, United States|US|USAZ||33.7712|-111.388|AZ|8
2|New Mexico, United States|US|USNM||34.8375|-106.237|NM|8
3|Detroit, Michigan, United States|US|USMI|MI163|42.3314|-83.0458|1617959|8
3|Waseca, Minnesota, United States|US|USMN|MN161|44.0777|-93.5074|653793|8
3|Worcester, Massachusetts, United States|US|USMA|MA027|42.2626|-71.8023|617867|8
4|Abuja, Abuja Federal Capital Territory, Nigeria|NI|NI11|191147|9.08333|7.53333|-1997013|8
4|Cagliari, Sardegna, Italy|IT|IT14|18386|39.2167|9.11667|-112463|8
4|Cobre, Veraguas, Panama|PM|PM10|93695|8.26667|-81.45|-159246|8
4|Grand View, KwaZulu-Natal, South Africa|SF|SF02|77352|-30.1665|30.1859|-1232524|8
4|Hiroshima, Hiroshima, Japan|JA|JA11|34163|34.4|132.45|-229436|8
4|Ludhiana, Punjab, India|IN|IN23|17830|30.9|75.85|-2102840|8
4|Madrid, Madrid, Spain|SP|SP29|25820|40.4|-3.68333|-390625|8
5|Fujian, Fujian, China|CH|CH07|13011|26.545|117.843|-1905684|8
2|Maine, United States|US|USME||44.6074|-69.3977|ME|7
2|Rhode Island, United States|US|USRI||41.6772|-71.5101|RI|7
3|Boise, Idaho, United States|US|USID|ID001|43.6135|-116.203|400590|7
3|La Jolla, California, United States|US|USCA||32.8473|-117.274|1660855|7
3|Oak Hill School, Oregon, United States|US|USOR||44.0078|-123.027|2559816|7
4|Balkans, Greece (general), Greece|GR|GR00|12099|44|23|-815872|7
4|Boondall, Queensland, Australia|AS|AS04|154682|-27.35|153.067|-1560679|7
4|Budapest, Budapest, Hungary|HU|HU05|17514|47.5|19.0833|-850553|7
4|Dakar, Dakar, Senegal|SG|SG01||14.7367|-17.6339|-2266494|7
4|Johannesburg, Gauteng, South Africa|SF|SF06|77364|-26.2|28.0833|-1240261|7
4|Nairobi National Park, Nairobi Area, Kenya|KE|KE05|18585|-1.36667|36.8333|-2258080|7
4|Palermo, Sicilia, Italy|IT|IT15|18395|38.1167|13.3667|-123798|7
4|Punta Del Este, Maldonado, Uruguay|UY|UY09|22379|-34.9667|-54.95|-908402|7
4|Riyadh, Ar Riya?, Saudi Arabia|SA|SA10|25316|24.6408|46.7728|-3093009|7
4|Trikala, Perifereia Peloponnisou, Greece|GR|GR62|16712|38|22.4667|-829590|7
4|Volga, Yaroslavskaya Oblast', Russia|RS|RS88|25117|57.5488|40.117|9272988|7
4|White Fox, Saskatchewan, Canada|CA|CA11|154724|53.45|-104.083|-575886|7
4|Xiangshan, Guangdong, China|CH|CH30|13046|23.6326|116.733|10074537|7
3|Charleston County, South Carolina, United States|US|USSC|SC019|32.7668|-79.9665|1252740|6
3|Chicago, Illinois, United States|US|USIL|IL031|41.85|-87.6501|423587|6
3|Houston, Texas, United States|US|USTX|TX201|29.7633|-95.3633|1380948|6
4|Bandung, Jawa Barat, Indonesia|ID|ID30|18585|-6.90389|107.619|-2671576|6
4|Biarritz, Aquitaine, France|FR|FR97|16244|43.4801|-1.55558|-1412526|6
4|Bombay, Maharashtra, India|IN|IN16|70184|18.975|72.8258|-2092174|6
4|Copenhagen, Kavn*, Denmark|DA|DA05|15213|55.6667|12.5833|-2745636|6
4|Darebin, Victoria, Australia|AS|AS07|5370|-37.7667|145.05|-1568954|6
4|Delft, Zuid-Holland, Netherlands|NL|NL11|22377|52.0186|4.37815|-2142932|6
4|Dikgale, Limpopo, South Africa|SF|SF09|77344|-23.7|29.7833|-1221980|6
4|Gurdaspur, Punjab, Pakistan|PK|PK04|23679|30.9333|72.4056|6100579|6
4|Hindustan, North-West Frontier, Pakistan|PK|PK03|40352|35.7441|71.7834|6085909|6
4|Holyhead, Isle of Anglesey, United Kingdom|UK|UKX1|40182|53.3|-4.63333|-2598938|6
4|Kabul, Kabol, Afghanistan|AF|AF13|3580|34.5167|69.1833|-3378435|6
4|Machakos, Eastern, Kenya|KE|KE03|18585|-1.51667|37.2667|-2254318|6
4|Manenberg, Western Cape, South Africa|SF|SF11|77317|-33.9897|18.5563|-1256754|6
4|Montreal, Quebec, Canada|CA|CA10|12713|45.5|-73.5833|-569541|6
4|Munich, Bayern, Germany|GM|GM02|16532|48.15|11.5833|-1829149|6
4|New Delhi, Delhi, India|IN|IN07|17911|28.6|77.2|-2106102|6
4|Nyanga, Western Cape, South Africa|SF|SF11|77317|-33.9875|18.5855|-1268386|6
4|Varanasi, Uttar Pradesh, India|IN|IN36|17943|25.3333|83|-2114217|6
2|North Carolina, United States|US|USNC||35.6411|-79.8431|NC|5
3|Atlanta, Georgia, United States|US|USGA|GA121|33.749|-84.388|351615|5
3|Charleston County, South Carolina, United States|US|USSC||32.7668|-79.9665|1252740|5
3|Cleveland, Ohio, United States|US|USOH|OH035|41.4995|-81.6954|1066654|5
3|Dekalb County, Georgia, United States|US|USGA||33.7504|-84.2333|1687424|5
3|Farmington, Connecticut, United States|US|USCT|CT003|41.7198|-72.832|207036|5
3|Hollywood, California, United States|US|USCA|CA037|34.0983|-118.327|1660757|5
3|Morgan State University, Maryland, United States|US|USMD||39.346|-76.5831|597766|5
3|Napa Valley, California, United States|US|USCA||38.2594|-122.289|234352|5
3|Newton Creek, Oregon, United States|US|USOR||43.2229|-123.384|1124674|5
3|Rockingham County, New Hampshire, United States|US|USNH||42.9668|-71.0995|873181|5
3|San Diego, California, United States|US|USCA||32.7153|-117.157|1661377|5
3|University Medical Center, Texas, United States|US|USTX||33.5906|-101.889|2015762|5
3|University Medical Center, Texas, United States|US|USTX|TX303|33.5906|-101.889|2015762|5
4|Aalst, Region Flamande, Belgium|BE|BE13|5854|50.7738|4.86267|-1952943|5
4|Armagh, Armagh, United Kingdom|UK|UKQ8|18300|54.35|-6.66667|-2588529|5
4|Bengaluru, Karnataka, India|IN|IN19|70159|12.9833|77.5833|-2090174|5
4|Dar Es Salaam, Dar es Salaam, Tanzania|TZ|TZ23|48390|-6.8|39.2833|-2562166|5
4|Jalandhar, Punjab, India|IN|IN23|17829|31.3256|75.5792|-2098769|5
4|Kwazulu, Eastern Cape, South Africa|SF|SF05|77353|-31.2895|29.4551|-1250484|5
4|Leitrim, Galway, Ireland|EI|EI10|18305|53.1572|-8.45417|-1504154|5
4|Nagpur, Maharashtra, India|IN|IN16|17784|21.15|79.1|-2105396|5
4|Nairobi, Nairobi Area, Kenya|KE|KE05|18585|-1.28333|36.8167|-2258072|5
4|Palma De Mallorca, Islas Baleares, Spain|SP|SP07|25788|39.5743|2.65522|-395224|5
4|Qualicum Beach, British Columbia, Canada|CA|CA02|12556|49.35|-124.45|-571835|5
4|Seoul, Soul-t'ukpyolsi, South Korea|KS|KS11|24984|37.5664|127|-716583|5
4|Sevimli, Mardin, Turkey|TU|TU72|26354|37.0372|40.5267|6283959|5
4|Vilnius, Vilniaus Apskritis, Lithuania|LH|LH65|19171|54.6833|25.3167|-2620663|5
5|Himachal Pradesh, Himachal Pradesh, India|IN|IN11|17673|31.9167|77.25|-2097441|5
2|Alabama, United States|US|USAL||32.799|-86.8073|AL|4
2|Oregon, United States|US|USOR||44.5672|-122.127|OR|4
3|Albany County Jail, New York, United States|US|USNY||42.7531|-73.8189|2436232|4
3|Benedict College, South Carolina, United States|US|USSC||34.0132|-81.0201|1245680|4
3|Bowling Green, Kentucky, United States|US|USKY|KY227|36.9903|-86.4436|487744|4
3|Capitol Hill, District of Columbia, United States|US|USDC||38.889|-77.0003|529313|4
3|Christian County, Kentucky, United States|US|USKY||36.8834|-87.4833|516870|4
3|Fresno, California, United States|US|USCA|CA019|36.7477|-119.772|277606|4
3|Ionia, Michigan, United States|US|USMI|MI067|42.9873|-85.0711|629060|4
3|Lake Jackson, Texas, United States|US|USTX|TX039|29.0339|-95.4344|1360850|4
3|Liberty County, Georgia, United States|US|USGA||31.8335|-81.5004|357095|4
3|Ligonier, Indiana, United States|US|USIN|IN113|41.4659|-85.5875|437883|4
3|Miami, Florida, United States|US|USFL|FL086|25.7743|-80.1937|295004|4
3|Napa Valley, California, United States|US|USCA|CA055|38.2594|-122.289|234352|4
3|Newton Creek, Oregon, United States|US|USOR|OR019|43.2229|-123.384|1124674|4
3|Nikiski, Alaska, United States|US|USAK|AK122|60.6903|-151.289|1416651|4
3|Rockingham County, New Hampshire, United States|US|USNH|NH015|42.9668|-71.0995|873181|4
3|Universal Church, New York, United States|US|USNY||40.6492|-73.9303|2097253|4
4|Cambridge, Cambridgeshire, United Kingdom|UK|UKC3|40098|52.2|0.116667|-2591658|4
4|Doraha, Punjab, India|IN|IN23|17830|30.8167|76.0167|-2095154|4
4|Huanqiu, Guangdong, China|CH|CH30|13057|22.5235|110.822|10311237|4
4|Istanbul, Istanbul, Turkey|TU|TU34|27897|41.0186|28.9647|-755070|4
4|Kartarpur, Punjab, Pakistan|PK|PK04|23679|30.9167|72.7833|-2764760|4
4|Kirkcaldy, Fife, United Kingdom|UK|UKV1|40170|56.1167|-3.16667|-2600330|4
4|Kyotera, Rakai, Uganda|UG|UG61|18585|-0.55|31.3167|-1731079|4
4|Lothian, Midlothian, United Kingdom|UK|UKV5|40173|55.8667|-3.15|-2602058|4
4|Mount Gambier, South Australia, Australia|AS|AS05|5320|-37.8318|140.779|-1589313|4
4|New Malden, Kingston upon Thames, United Kingdom|UK|UKG7|40133|51.4046|-0.250766|-2604022|4
4|North Sea, Oceans (general), Oceans|OS|OS00|154724|55.3333|3|-1506407|4
4|Saanich, British Columbia, Canada|CA|CA02|12541|48.55|-123.367|-572612|4
4|Salt Spring Island, British Columbia, Canada|CA|CA02|12541|48.8333|-123.5|-573115|4
4|Sarajevo, Federation of Bosnia and Herzegovina, Bosnia-Herzegovina|BK|BK01|6244|43.85|18.3833|-94996|4
4|Shabwa, La?ij, Yemen|YM|YM24|32898|13.5167|44.4333|-3191645|4
4|Taipei, T'ai-pei, Taiwan|TW|TW03|13277|25.0478|121.532|-2637882|4
4|Warsaw, (PL67), Poland|PL|PL67|24452|52.25|21|-534433|4
5|Uttar Pradesh, Uttar Pradesh, India|IN|IN36|17938|27.25|80.75|-2113996|4
2|Delaware, United States|US|USDE||39.3498|-75.5148|DE|3
2|Kansas, United States|US|USKS||38.5111|-96.8005|KS|3
2|Mississippi, United States|US|USMS||32.7673|-89.6812|MS|3
2|Nevada, United States|US|USNV||38.4199|-117.122|NV|3
2|Wisconsin, United States|US|USWI||44.2563|-89.6385|WI|3
3|Bedford, Texas, United States|US|USTX|TX439|32.844|-97.1431|1372463|3
3|Boston, Massachusetts, United States|US|USMA|MA025|42.3584|-71.0598|617565|3
3|Dekalb County, Georgia, United States|US|USGA|GA089|33.7504|-84.2333|1687424|3
3|Des Moines, Iowa, United States|US|USIA||41.6005|-93.6091|465961|3
3|Environmental Protection Agency, District of Columbia, United States|US|USDC||38.8773|-77.0178|529189|3
3|Grand Rapids, Michigan, United States|US|USMI||42.9634|-85.6681|627105|3
3|La Jolla, California, United States|US|USCA|CA073|32.8473|-117.274|1660855|3
3|Mclean County, Illinois, United States|US|USIL||40.4834|-88.8334|1784833|3
3|Monroe County, Florida, United States|US|USFL||25.3129|-80.9373|295759|3
3|North Slope, Alaska, United States|US|USAK|AK185|69|-152|1895952|3
3|Oak Hill School, Oregon, United States|US|USOR|OR039|44.0078|-123.027|2559816|3
3|San Diego, California, United States|US|USCA|CA073|32.7153|-117.157|1661377|3
3|San Francisco, California, United States|US|USCA||37.7749|-122.419|277593|3
3|Sandy Hook, Texas, United States|US|USTX||27.3006|-97.6364|1346601|3
3|Saratoga County, New York, United States|US|USNY||43.1001|-73.8496|974143|3
3|State Of New Mexico, New Mexico, United States|US|USNM|NM057|34.5003|-106.001|897535|3
3|University Of Maryland School Of Medicine, Maryland, United States|US|USMD||39.2879|-76.623|598200|3
3|University Of Texas, Texas, United States|US|USTX||30.286|-97.7389|1349113|3
3|West Boylston, Massachusetts, United States|US|USMA|MA027|42.3668|-71.7856|610577|3
3|Westchester, New York, United States|US|USNY|NY005|40.8472|-73.8553|970901|3
4|Andres Bonifacio, Nueva Ecija, Philippines|RP|RP47|24222|15.7097|121.009|-2408485|3
4|Ashaiman, Ghana (general), Ghana|GH|GH00|190724|5.69951|-0.034844|-2069921|3
4|Batala, Punjab, India|IN|IN23|17826|31.8186|75.2028|-2090789|3
4|Brits, North-West, South Africa|SF|SF10|77346|-25.6347|27.7802|-1215546|3
4|Dhaka, Dhaka, Bangladesh|BG|BG81|5778|23.7231|90.4086|-2737683|3
4|Hadramawt, ?a?ramawt, Yemen|YM|YM04|32828|15|50|-3187119|3
4|Iwo Jima, Japan (general), Japan|JA|JA00|34760|30.8|130.3|-230589|3
4|Jammu, Jammu and Kashmir, India|IN|IN12|72851|32.7333|74.8667|-2098228|3
4|Lahinch, Clare, Ireland|EI|EI03|18285|52.9367|-9.34528|-1504150|3
4|Lisbon, Lisboa, Portugal|PO|PO14|24830|38.7167|-9.13333|-2167973|3
4|Mandaue City, Mandaue, Philippines|RP|RPD8|24253|10.3236|123.922|-2437612|3
4|Manila, Manila, Philippines|RP|RPD9|24210|14.6042|120.982|-2437894|3
4|Muzaffarnagar, Uttar Pradesh, India|IN|IN36|17929|29.4667|77.6833|-2105244|3
4|Petersburg, Sankt-Peterburg, Russia|RS|RS66|25095|59.8944|30.2642|-2996338|3
4|Phnom Penh, (CB11), Cambodia|CB|CB11|12390|11.55|104.917|-1033783|3
4|Rome, Lazio, Italy|IT|IT07|18350|41.9|12.4833|-126693|3
4|Saskatchewan, Manitoba, Canada|CA|CA03|154724|52.15|-97.7167|-575075|3
4|Shiv, Rajasthan, India|IN|IN24|17848|26.1833|71.25|-2111141|3
4|Tsim Sha Tsui, Hong Kong (general), Hong Kong|HK|HK00|13031|22.3|114.167|-1354381|3
4|Yilan, Yilan Xian, Taiwan|TW|TW26|13277|24.757|121.753|-2631996|3
5|Kogi State, Kogi, Nigeria|NI|NI41|191205|7.75|6.75|9153500|3
2|Montana, United States|US|USMT||46.9048|-110.326|MT|2
3|Anchorage, Alaska, United States|US|USAK|AK020|61.2181|-149.9|1398242|2
3|Beavercreek, Ohio, United States|US|USOH|OH057|39.7092|-84.0633|1048393|2
3|Beverly Hills, California, United States|US|USCA||34.0736|-118.4|1652672|2
3|Broward County, Florida, United States|US|USFL||26.1504|-80.4831|295753|2
3|Broward County, Florida, United States|US|USFL|FL011|26.1504|-80.4831|295753|2
3|Capitol Hill, District of Columbia, United States|US|USDC|DC001|38.889|-77.0003|529313|2
3|Cedarbrook, Illinois, United States|US|USIL|IL161|41.5575|-90.374|425791|2
3|Cheyenne, Wyoming, United States|US|USWY|WY021|41.14|-104.82|1609077|2
3|Dover, Illinois, United States|US|USIL|IL011|41.4367|-89.3934|407361|2
3|Dover, Maine, United States|US|USME|ME015|43.9231|-69.6378|579252|2
3|Fairfax County, Virginia, United States|US|USVA||38.8501|-77.3497|1480119|2
3|Franklin County, Maine, United States|US|USME|ME007|44.9001|-70.4495|581289|2
3|Hennepin County Medical Center, Minnesota, United States|US|USMN||44.9728|-93.2622|2438677|2
3|Hennepin County Medical Center, Minnesota, United States|US|USMN|MN053|44.9728|-93.2622|2438677|2
3|Hudsonville, Michigan, United States|US|USMI|MI139|42.8709|-85.865|628773|2
3|Lake Jackson, Texas, United States|US|USTX||29.0339|-95.4344|1360850|2
3|Mclean County, Illinois, United States|US|USIL|IL113|40.4834|-88.8334|1784833|2
3|Monroe County, Florida, United States|US|USFL|FL087|25.3129|-80.9373|295759|2
3|Morgan State University, Maryland, United States|US|USMD|MD510|39.346|-76.5831|597766|2
3|North Slope Borough, Alaska, United States|US|USAK||69.2506|-152.001|1419978|2
3|North Slope, Alaska, United States|US|USAK||69|-152|1895952|2
3|Odessa, Florida, United States|US|USFL|FL101|28.1939|-82.5918|288053|2
3|Sandy Hook, Texas, United States|US|USTX|TX273|27.3006|-97.6364|1346601|2
3|South Bend, Indiana, United States|US|USIN||41.6834|-86.25|452796|2
3|South Bend, Indiana, United States|US|USIN|IN141|41.6834|-86.25|452796|2
3|State Of New Mexico, New Mexico, United States|US|USNM||34.5003|-106.001|897535|2
3|Universal Church, New York, United States|US|USNY|NY047|40.6492|-73.9303|2097253|2
3|University Of Maryland School Of Medicine, Maryland, United States|US|USMD|MD510|39.2879|-76.623|598200|2
3|Walhalla, Michigan, United States|US|USMI|MI105|43.9536|-86.1148|1623743|2
4|Akasaka, Aichi, Japan|JA|JA01|33433|34.85|137.3|-225226|2
4|Arkona, Mecklenburg-Vorpommern, Germany|GM|GM12|16544|54.6833|13.4333|-1740990|2
4|Belfast, Belfast, United Kingdom|UK|UKR3|40158|54.5833|-5.93333|-2589607|2
4|Cape Flats, Western Cape, South Africa|SF|SF11|77317|-34.0333|18.6333|-1217202|2
4|Costa Nova, Aveiro, Portugal|PO|PO02|24665|40.6139|-8.75069|-2163729|2
4|Edinburgh, Edinburgh, City of, United Kingdom|UK|UKU8|40173|55.95|-3.2|-2595386|2
4|Exeter, Devon, United Kingdom|UK|UKD4|40104|50.7|-3.53333|-2595805|2
4|Frankfurt, Brandenburg, Germany|GM|GM11|16538|52.35|14.55|-1771146|2
4|Gurdaspur, Punjab, India|IN|IN23|17827|32.0333|75.5167|-2096892|2
4|Irish Sea, Ireland (general), Ireland|EI|EI00|154724|53.6667|-5|-1503536|2
4|Kogi, Nigeria (general), Nigeria|NI|NI00|190990|12.55|6.63333|-2015590|2
4|Kulan, Zabaykal'skiy Kray, Russia|RS|RS93|25047|52.3993|117.355|11045083|2
4|Mannheim, Baden-Wuberg, Germany|GM|GM01|16554|49.4883|8.46472|-1822951|2
4|Melbourne, Victoria, Australia|AS|AS07|5430|-37.8167|144.967|-1586844|2
4|Molokovo, Tverskaya Oblast', Russia|RS|RS77|25106|58.1661|36.7628|-2959705|2
4|Monaghan, Monaghan, Ireland|EI|EI22|18300|54.25|-6.96667|-1504566|2
4|Nanaimo, British Columbia, Canada|CA|CA02|12556|49.15|-123.917|-569908|2
4|Nassau, New Providence, Bahamas, The|BF|BF23|5747|25.0833|-77.35|-1543832|2
4|Nsambya, Rakai, Uganda|UG|UG61|18585|-0.583333|31.6|-1733674|2
4|Philippine, Benguet, Philippines|RP|RP10|24213|16.45|120.55|-2445611|2
4|Portadown, Craigavon, United Kingdom|UK|UKR8|40152|54.4333|-6.45|-2605557|2
4|Santa Cruz De La Sierra, Santa Cruz, Bolivia|BL|BL08|40197|-17.8|-63.1667|-700816|2
4|Santiago, Regioetropolitana, Chile|CI|CI12|22379|-33.45|-70.6667|-901202|2
4|Songtao, Hubei, China|CH|CH12|13136|29.8105|111.997|11297571|2
4|Sydney, New South Wales, Australia|AS|AS02|154637|-33.8833|151.217|-1603135|2
4|Tal Abyad, Ar Raqqah, Syria|SY|SY04|26373|36.6816|38.9768|-2548209|2
4|Vienna, Wien, Austria|AU|AU09|5672|48.2|16.3667|-1995499|2
4|Zeeland, Noord-Brabant, Netherlands|NL|NL06|22372|51.6969|5.67462|-2156284|2
5|Flintshire, Flintshire, United Kingdom|UK|UKY1|40179|53.25|-3.16667|-2596318|2
5|Lincolnshire, Lincolnshire, United Kingdom|UK|UKH7|40120|53.1667|-0.25|-2601145|2
5|Waterford City, Waterford City, Ireland|EI|EI41|18306|52.2418|-7.10843|10934245|2
2|New Jersey, United States|US|USNJ||40.314|-74.5089|NJ|1
3|Albany County Jail, New York, United States|US|USNY|NY001|42.7531|-73.8189|2436232|1
3|Benedict College, South Carolina, United States|US|USSC|SC079|34.0132|-81.0201|1245680|1
3|Black Rock, Idaho, United States|US|USID||42.7969|-112.327|396143|1
3|Black Rock, Idaho, United States|US|USID|ID005|42.7969|-112.327|396143|1
3|Boothwyn, Pennsylvania, United States|US|USPA|PA045|39.8301|-75.4416|1170006|1
3|Cleveland Heights, Ohio, United States|US|USOH||41.5201|-81.5562|1048605|1
3|Cleveland Heights, Ohio, United States|US|USOH|OH035|41.5201|-81.5562|1048605|1
3|Des Moines, Iowa, United States|US|USIA|IA153|41.6005|-93.6091|465961|1
3|Essex, New York, United States|US|USNY|NY031|44.3101|-73.3526|949713|1
3|Grand Rapids, Michigan, United States|US|USMI|MI081|42.9634|-85.6681|627105|1
3|Great Lakes, Michigan, United States|US|USMI||45.6875|-84.4375|1783507|1
3|Great Lakes, Michigan, United States|US|USMI|MI031|45.6875|-84.4375|1783507|1
3|Interstate, Maine, United States|US|USME|ME005|43.9176|-70.0203|1912597|1
3|Kodiak Island Borough, Alaska, United States|US|USAK||57.3333|-153.333|1419974|1
3|Kodiak Island Borough, Alaska, United States|US|USAK|AK150|57.3333|-153.333|1419974|1
3|Laguna Beach, California, United States|US|USCA||33.5422|-117.783|1660874|1
3|Laguna Beach, California, United States|US|USCA|CA059|33.5422|-117.783|1660874|1
3|Lehigh County, Pennsylvania, United States|US|USPA|PA077|40.7504|-75.6249|1209182|1
3|Liberty County, Georgia, United States|US|USGA|GA179|31.8335|-81.5004|357095|1
3|North Slope Borough, Alaska, United States|US|USAK|AK185|69.2506|-152.001|1419978|1
3|Norwalk Hospital, Connecticut, United States|US|USCT||41.1115|-73.422|1942608|1
3|Norwalk Hospital, Connecticut, United States|US|USCT|CT001|41.1115|-73.422|1942608|1
3|Orlando Regional Medical Center, Florida, United States|US|USFL||28.5254|-81.377|298676|1
3|Rancho Bernardo, California, United States|US|USCA||33.0187|-117.061|1656602|1
3|Rancho Bernardo, California, United States|US|USCA|CA073|33.0187|-117.061|1656602|1
3|Shelburne Falls, Massachusetts, United States|US|USMA||42.6043|-72.7393|608657|1
3|Stanford University, California, United States|US|USCA||37.4289|-122.17|235365|1
3|Stanford University, California, United States|US|USCA|CA085|37.4289|-122.17|235365|1
3|State Of Georgia, Georgia, United States|US|USGA||32.7504|-83.5002|1705317|1
3|State Of Georgia, Georgia, United States|US|USGA|GA289|32.7504|-83.5002|1705317|1
3|Tongass National Forest, Alaska, United States|US|USAK|AK195|56.9117|-133.682|1828907|1
3|Waukegan, Illinois, United States|US|USIL|IL097|42.3636|-87.8448|420650|1
4|Amsterdam, Noord-Holland, Netherlands|NL|NL07|22373|52.35|4.91667|-2140479|1
4|Black Sea, Oceans (general), Oceans|OS|OS00||43|35|-1506338|1
4|Ha Hoang, Tinh Ha Tinh, Vietnam, Republic Of|VM|VM52|32353|18.4|105.883|-3714785|1
4|Mandaue, Mandaue, Philippines|RP|RPD8|24253|10.3236|123.922|-2437612|1
4|Ozamis, Ozamis, Philippines|RP|RPE6|24272|8.1481|123.84|-2442711|1
""";
}
