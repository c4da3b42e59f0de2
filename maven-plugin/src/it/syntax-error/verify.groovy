// The failed build names the Go error as go build does (file:line:col: message) and prints no Java stack trace.
def log = new File(basedir, "build.log").getText("UTF-8")
// go build: ./bad.go:4:23: syntax error: unexpected literal 2 at end of statement
assert log.contains("[ERROR] src/main/go/bad.go:4:23: syntax error: unexpected literal 2 at end of statement") : log
assert log.contains("BUILD FAILURE")
assert !(log =~ /(?m)^\s+at [a-z]+\./) : "a Java stack trace in the build log:\n" + log
assert !log.contains("Exception:") : log
return true
