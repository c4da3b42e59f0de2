// Runs the packaged jar and compares it with real Go: stdout and stderr of `go run .` (and of the
// built binary with two arguments, which panics: exit status 2, the report's first lines).
def java = new File(System.getProperty("java.home"), "bin/java").path
def jar = new File(basedir, "target/wordfreq.jar")
assert jar.isFile() : "no runnable jar at ${jar}"

def run = { List<String> args ->
    def p = ([java, "-jar", jar.path] + args).execute(null, basedir)
    def out = new ByteArrayOutputStream()
    def err = new ByteArrayOutputStream()
    p.waitForProcessOutput(out, err)
    [p.exitValue(), out.toString("UTF-8"), err.toString("UTF-8")]
}
def expected = { String name -> new File(basedir, name).getText("UTF-8") }

def (status, stdout, stderr) = run([])
assert status == 0 : "exit status ${status}, stderr:\n${stderr}"
assert stdout == expected("expected-stdout.txt")
assert stderr == expected("expected-stderr.txt")

def (pstatus, pstdout, pstderr) = run(["x", "y"])
assert pstatus == 2
assert pstdout == expected("expected-panic-stdout.txt")
assert pstderr.startsWith(expected("expected-panic-stderr-head.txt")) : pstderr
return true
