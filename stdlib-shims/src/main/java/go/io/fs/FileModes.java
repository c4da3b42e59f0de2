// fs.FileMode (os.FileMode): the mode and permission bits, and their methods (String "drwxr-xr-x", IsDir, Perm, ...).
package go.io.fs;

/**
 * FileMode is a named uint32 in Go; goloom keeps its values as Java ints and its methods as
 * static methods, as for every named non-struct type ({@code Fs.FileMode_String(m)} delegates here).
 */
public final class FileModes {
    private FileModes() {}

    public static final int ModeDir = 1 << 31;
    public static final int ModeAppend = 1 << 30;
    public static final int ModeExclusive = 1 << 29;
    public static final int ModeTemporary = 1 << 28;
    public static final int ModeSymlink = 1 << 27;
    public static final int ModeDevice = 1 << 26;
    public static final int ModeNamedPipe = 1 << 25;
    public static final int ModeSocket = 1 << 24;
    public static final int ModeSetuid = 1 << 23;
    public static final int ModeSetgid = 1 << 22;
    public static final int ModeCharDevice = 1 << 21;
    public static final int ModeSticky = 1 << 20;
    public static final int ModeIrregular = 1 << 19;
    public static final int ModeType = ModeDir | ModeSymlink | ModeNamedPipe | ModeSocket | ModeDevice | ModeCharDevice
            | ModeIrregular;
    public static final int ModePerm = 0777;

    /** Go's FileMode.String: one letter per set type bit ("dalTLDpSugct?"), or '-', then rwxrwxrwx. */
    public static String string(int m) {
        String letters = "dalTLDpSugct?";
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < letters.length(); i++) {
            if ((m & (1 << (31 - i))) != 0) {
                b.append(letters.charAt(i));
            }
        }
        if (b.isEmpty()) {
            b.append('-');
        }
        String rwx = "rwxrwxrwx";
        for (int i = 0; i < 9; i++) {
            b.append((m & (1 << (8 - i))) != 0 ? rwx.charAt(i) : '-');
        }
        return b.toString();
    }

    /** Java's POSIX permissions of the low nine bits. */
    public static java.util.Set<java.nio.file.attribute.PosixFilePermission> permissions(long perm) {
        StringBuilder s = new StringBuilder();
        String rwx = "rwxrwxrwx";
        for (int i = 0; i < 9; i++) {
            s.append((perm & (1 << (8 - i))) != 0 ? rwx.charAt(i) : '-');
        }
        return java.nio.file.attribute.PosixFilePermissions.fromString(s.toString());
    }

    /** The FileMode bits of a file's attributes. */
    public static int of(java.nio.file.attribute.PosixFileAttributes a) {
        int m = 0;
        for (java.nio.file.attribute.PosixFilePermission p : a.permissions()) {
            m |= 1 << (8 - p.ordinal());
        }
        if (a.isDirectory()) {
            m |= ModeDir;
        } else if (a.isSymbolicLink()) {
            m |= ModeSymlink;
        } else if (a.isOther()) {
            m |= ModeIrregular;
        }
        return m;
    }
}
