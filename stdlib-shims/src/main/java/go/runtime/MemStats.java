// runtime.MemStats: memory statistics, filled by ReadMemStats from the JVM's memory and GC MXBeans.
package go.runtime;

import dev.goloom.runtime.GoStruct;
import dev.goloom.runtime.GoType;
import java.util.List;

/**
 * Go's {@code runtime.MemStats} (without BySize). {@link Runtime#ReadMemStats} fills what the
 * JVM measures: heap in use and committed, bytes allocated so far, collections and their
 * pauses. The JVM counts no objects, so Lookups, Mallocs, Frees and HeapObjects stay 0, as do
 * Go's allocator internals (MSpan, MCache, BuckHash).
 */
public final class MemStats implements GoStruct<MemStats> {
    /** The descriptor of runtime.MemStats. */
    public static final GoType.Named TYPE = new GoType.Named("runtime", "runtime", "MemStats").define(new GoType.Struct(List.of(            new GoType.Field("Alloc", GoType.UINT64, false, ""),
            new GoType.Field("TotalAlloc", GoType.UINT64, false, ""),
            new GoType.Field("Sys", GoType.UINT64, false, ""),
            new GoType.Field("Lookups", GoType.UINT64, false, ""),
            new GoType.Field("Mallocs", GoType.UINT64, false, ""),
            new GoType.Field("Frees", GoType.UINT64, false, ""),
            new GoType.Field("HeapAlloc", GoType.UINT64, false, ""),
            new GoType.Field("HeapSys", GoType.UINT64, false, ""),
            new GoType.Field("HeapIdle", GoType.UINT64, false, ""),
            new GoType.Field("HeapInuse", GoType.UINT64, false, ""),
            new GoType.Field("HeapReleased", GoType.UINT64, false, ""),
            new GoType.Field("HeapObjects", GoType.UINT64, false, ""),
            new GoType.Field("StackInuse", GoType.UINT64, false, ""),
            new GoType.Field("StackSys", GoType.UINT64, false, ""),
            new GoType.Field("MSpanInuse", GoType.UINT64, false, ""),
            new GoType.Field("MSpanSys", GoType.UINT64, false, ""),
            new GoType.Field("MCacheInuse", GoType.UINT64, false, ""),
            new GoType.Field("MCacheSys", GoType.UINT64, false, ""),
            new GoType.Field("BuckHashSys", GoType.UINT64, false, ""),
            new GoType.Field("GCSys", GoType.UINT64, false, ""),
            new GoType.Field("OtherSys", GoType.UINT64, false, ""),
            new GoType.Field("NextGC", GoType.UINT64, false, ""),
            new GoType.Field("LastGC", GoType.UINT64, false, ""),
            new GoType.Field("PauseTotalNs", GoType.UINT64, false, ""),
            new GoType.Field("PauseNs", new GoType.Array(256, GoType.UINT64), false, ""),
            new GoType.Field("PauseEnd", new GoType.Array(256, GoType.UINT64), false, ""),
            new GoType.Field("NumGC", GoType.UINT32, false, ""),
            new GoType.Field("NumForcedGC", GoType.UINT32, false, ""),
            new GoType.Field("GCCPUFraction", GoType.FLOAT64, false, ""),
            new GoType.Field("EnableGC", GoType.BOOL, false, ""),
            new GoType.Field("DebugGC", GoType.BOOL, false, ""))));
    /** Go's MemStats.Alloc. */
    public long Alloc;
    /** Go's MemStats.TotalAlloc. */
    public long TotalAlloc;
    /** Go's MemStats.Sys. */
    public long Sys;
    /** Go's MemStats.Lookups. */
    public long Lookups;
    /** Go's MemStats.Mallocs. */
    public long Mallocs;
    /** Go's MemStats.Frees. */
    public long Frees;
    /** Go's MemStats.HeapAlloc. */
    public long HeapAlloc;
    /** Go's MemStats.HeapSys. */
    public long HeapSys;
    /** Go's MemStats.HeapIdle. */
    public long HeapIdle;
    /** Go's MemStats.HeapInuse. */
    public long HeapInuse;
    /** Go's MemStats.HeapReleased. */
    public long HeapReleased;
    /** Go's MemStats.HeapObjects. */
    public long HeapObjects;
    /** Go's MemStats.StackInuse. */
    public long StackInuse;
    /** Go's MemStats.StackSys. */
    public long StackSys;
    /** Go's MemStats.MSpanInuse. */
    public long MSpanInuse;
    /** Go's MemStats.MSpanSys. */
    public long MSpanSys;
    /** Go's MemStats.MCacheInuse. */
    public long MCacheInuse;
    /** Go's MemStats.MCacheSys. */
    public long MCacheSys;
    /** Go's MemStats.BuckHashSys. */
    public long BuckHashSys;
    /** Go's MemStats.GCSys. */
    public long GCSys;
    /** Go's MemStats.OtherSys. */
    public long OtherSys;
    /** Go's MemStats.NextGC. */
    public long NextGC;
    /** Go's MemStats.LastGC. */
    public long LastGC;
    /** Go's MemStats.PauseTotalNs. */
    public long PauseTotalNs;
    /** Go's MemStats.PauseNs. */
    public long[] PauseNs = new long[256];
    /** Go's MemStats.PauseEnd. */
    public long[] PauseEnd = new long[256];
    /** Go's MemStats.NumGC. */
    public int NumGC;
    /** Go's MemStats.NumForcedGC. */
    public int NumForcedGC;
    /** Go's MemStats.GCCPUFraction. */
    public double GCCPUFraction;
    /** Go's MemStats.EnableGC. */
    public boolean EnableGC;
    /** Go's MemStats.DebugGC. */
    public boolean DebugGC;

    /** The zero value. */
    public MemStats() {}

    @Override public GoType goType() {
        return TYPE;
    }

    @Override public Object field(int i) {
        return switch (i) {
            case 0 -> Alloc;
            case 1 -> TotalAlloc;
            case 2 -> Sys;
            case 3 -> Lookups;
            case 4 -> Mallocs;
            case 5 -> Frees;
            case 6 -> HeapAlloc;
            case 7 -> HeapSys;
            case 8 -> HeapIdle;
            case 9 -> HeapInuse;
            case 10 -> HeapReleased;
            case 11 -> HeapObjects;
            case 12 -> StackInuse;
            case 13 -> StackSys;
            case 14 -> MSpanInuse;
            case 15 -> MSpanSys;
            case 16 -> MCacheInuse;
            case 17 -> MCacheSys;
            case 18 -> BuckHashSys;
            case 19 -> GCSys;
            case 20 -> OtherSys;
            case 21 -> NextGC;
            case 22 -> LastGC;
            case 23 -> PauseTotalNs;
            case 24 -> PauseNs;
            case 25 -> PauseEnd;
            case 26 -> NumGC;
            case 27 -> NumForcedGC;
            case 28 -> GCCPUFraction;
            case 29 -> EnableGC;
            case 30 -> DebugGC;
            default -> throw new IndexOutOfBoundsException(i);
        };
    }

    @Override public MemStats copy() {
        MemStats c = new MemStats();
        c.set(this);
        return c;
    }

    @Override public void set(MemStats v) {
        Alloc = v.Alloc;
        TotalAlloc = v.TotalAlloc;
        Sys = v.Sys;
        Lookups = v.Lookups;
        Mallocs = v.Mallocs;
        Frees = v.Frees;
        HeapAlloc = v.HeapAlloc;
        HeapSys = v.HeapSys;
        HeapIdle = v.HeapIdle;
        HeapInuse = v.HeapInuse;
        HeapReleased = v.HeapReleased;
        HeapObjects = v.HeapObjects;
        StackInuse = v.StackInuse;
        StackSys = v.StackSys;
        MSpanInuse = v.MSpanInuse;
        MSpanSys = v.MSpanSys;
        MCacheInuse = v.MCacheInuse;
        MCacheSys = v.MCacheSys;
        BuckHashSys = v.BuckHashSys;
        GCSys = v.GCSys;
        OtherSys = v.OtherSys;
        NextGC = v.NextGC;
        LastGC = v.LastGC;
        PauseTotalNs = v.PauseTotalNs;
        PauseNs = v.PauseNs.clone();
        PauseEnd = v.PauseEnd.clone();
        NumGC = v.NumGC;
        NumForcedGC = v.NumForcedGC;
        GCCPUFraction = v.GCCPUFraction;
        EnableGC = v.EnableGC;
        DebugGC = v.DebugGC;
    }
}
