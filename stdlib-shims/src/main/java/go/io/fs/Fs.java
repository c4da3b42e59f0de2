// Package io/fs: the portable file-system errors that os re-exports (ErrNotExist, ErrExist, ...).
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
}
