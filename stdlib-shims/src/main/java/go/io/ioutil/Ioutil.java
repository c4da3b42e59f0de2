// Package io/ioutil: the deprecated helpers, each forwarding to io or os as Go 1.16+ does.
package go.io.ioutil;

import dev.goloom.runtime.ByteSlice;
import dev.goloom.runtime.ElemType;
import dev.goloom.runtime.GoError;
import dev.goloom.runtime.Slice;
import dev.goloom.runtime.Tuple2;
import go.io.Io;
import go.io.ReadCloser;
import go.io.Reader;
import go.io.Writer;
import go.io.fs.DirEntry;
import go.io.fs.FileInfo;
import go.os.File;
import go.os.Os;

/** Go's package io/ioutil: thin forwards, so results and error texts are io's and os's. */
public final class Ioutil {
    private Ioutil() {}

    /** io.Discard. */
    public static Writer Discard = Io.Discard;

    /** io.ReadAll. */
    public static Tuple2<ByteSlice, GoError> ReadAll(Reader r) {
        return Io.ReadAll(r);
    }

    /** os.ReadFile. */
    public static Tuple2<ByteSlice, GoError> ReadFile(String filename) {
        return Os.ReadFile(filename);
    }

    /** os.WriteFile. */
    public static GoError WriteFile(String filename, ByteSlice data, int perm) {
        return Os.WriteFile(filename, data, perm);
    }

    /**
     * The directory's entries as FileInfos sorted by name (Go: Open, Readdir(-1), sort). An
     * entry that vanishes between listing and Lstat ends the listing with its error, as
     * Readdir's lstat does.
     */
    public static Tuple2<Slice<FileInfo>, GoError> ReadDir(String dirname) {
        Tuple2<Slice<DirEntry>, GoError> entries = Os.ReadDir(dirname);
        if (entries.v1() != null) {
            return new Tuple2<>(Slice.nil(ElemType.iface()), entries.v1());
        }
        Slice<DirEntry> list = entries.v0();
        FileInfo[] infos = new FileInfo[(int) list.len()];
        for (int i = 0; i < infos.length; i++) {
            Tuple2<FileInfo, GoError> info = list.get(i).Info();
            if (info.v1() != null) {
                return new Tuple2<>(Slice.of(ElemType.<FileInfo>iface(), java.util.Arrays.copyOf(infos, i)), info.v1());
            }
            infos[i] = info.v0();
        }
        return new Tuple2<>(Slice.of(ElemType.<FileInfo>iface(), infos), null);
    }

    /** io.NopCloser. */
    public static ReadCloser NopCloser(Reader r) {
        return Io.NopCloser(r);
    }

    /** os.CreateTemp. */
    public static Tuple2<File, GoError> TempFile(String dir, String pattern) {
        return Os.CreateTemp(dir, pattern);
    }

    /** os.MkdirTemp. */
    public static Tuple2<String, GoError> TempDir(String dir, String pattern) {
        return Os.MkdirTemp(dir, pattern);
    }
}
