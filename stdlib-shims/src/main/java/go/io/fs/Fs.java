// Package io/fs: the portable file-system errors (ErrNotExist, ...) and FileMode's methods; os re-exports both.
package go.io.fs;

import dev.goloom.runtime.GoError;
import go.errors.Errors;

/** Go's package io/fs, the part os needs. */
public final class Fs {
    private Fs() {}

    public static final GoError ErrInvalid = Errors.New("invalid argument");
    public static final GoError ErrPermission = Errors.New("permission denied");
    public static final GoError ErrExist = Errors.New("file already exists");
    public static final GoError ErrNotExist = Errors.New("file does not exist");
    public static final GoError ErrClosed = Errors.New("file already closed");

    // ---- FileMode's methods (a named uint32: static methods taking the receiver first) ----

    public static String FileMode_String(int m) {
        return FileModes.string(m);
    }

    public static boolean FileMode_IsDir(int m) {
        return (m & FileModes.ModeDir) != 0;
    }

    public static boolean FileMode_IsRegular(int m) {
        return (m & FileModes.ModeType) == 0;
    }

    public static int FileMode_Perm(int m) {
        return m & FileModes.ModePerm;
    }

    public static int FileMode_Type(int m) {
        return m & FileModes.ModeType;
    }
}
