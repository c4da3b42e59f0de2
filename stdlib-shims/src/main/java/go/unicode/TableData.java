// Loads the range tables of Go's package unicode from go/unicode/tables.txt (generated with real Go).
package go.unicode;

import dev.goloom.runtime.Slice;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The file has one table per line, {@code KIND NAME LATINOFFSET R16... | R32...} with ranges
 * as {@code lo-hi/stride} in hex; it is read once, when the first table is asked for.
 */
final class TableData {
    private TableData() {}

    /** A table of the file and which of Go's maps lists it. */
    record Entry(String kind, RangeTable table) {}

    /** Every table by name, in the file's order (categories, scripts, properties; each sorted). */
    static final Map<String, Entry> TABLES = load();

    static RangeTable table(String name) {
        Entry e = TABLES.get(name);
        if (e == null) {
            throw new IllegalStateException("go/unicode/tables.txt has no table " + name);
        }
        return e.table();
    }

    private static Map<String, Entry> load() {
        Map<String, Entry> out = new LinkedHashMap<>();
        try (InputStream in = TableData.class.getResourceAsStream("/go/unicode/tables.txt")) {
            if (in == null) {
                throw new IllegalStateException("go/unicode/tables.txt is missing from the class path");
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.US_ASCII));
            for (String line; (line = r.readLine()) != null; ) {
                if (line.startsWith("#") || line.isBlank()) {
                    continue;
                }
                String[] f = line.split(" ");
                List<Range16> r16 = new ArrayList<>();
                List<Range32> r32 = new ArrayList<>();
                boolean wide = false;
                for (int i = 3; i < f.length; i++) {
                    if (f[i].equals("|")) {
                        wide = true;
                        continue;
                    }
                    int dash = f[i].indexOf('-'), slash = f[i].indexOf('/');
                    int lo = Integer.parseInt(f[i], 0, dash, 16), hi = Integer.parseInt(f[i], dash + 1, slash, 16);
                    int stride = Integer.parseInt(f[i], slash + 1, f[i].length(), 16);
                    if (wide) {
                        r32.add(new Range32(lo, hi, stride));
                    } else {
                        r16.add(new Range16((short) lo, (short) hi, (short) stride));
                    }
                }
                RangeTable t = new RangeTable(r16.isEmpty() ? Slice.nil(Range16.ELEM) : Slice.of(Range16.ELEM, r16.toArray(Range16[]::new)),
                        r32.isEmpty() ? Slice.nil(Range32.ELEM) : Slice.of(Range32.ELEM, r32.toArray(Range32[]::new)),
                        Long.parseLong(f[2]));
                out.put(f[1], new Entry(f[0], t));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }
}
