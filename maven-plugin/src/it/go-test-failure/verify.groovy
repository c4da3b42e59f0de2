// A failing Go test fails the build; its JUnit failure message is go test's report.
def log = new File(basedir, "build.log").getText("UTF-8")
assert log.contains("Tests run: 2, Failures: 1, Errors: 0, Skipped: 0") : log
assert log.contains("BUILD FAILURE")
def reports = new File(basedir, "target/surefire-reports")
def text = reports.listFiles().findAll { it.name.endsWith(".txt") }.collect { it.getText("UTF-8") }.join("\n")
// go test prints (file:line prefixes are not known to goloom, durations vary):
// --- FAIL: TestSum (0.00s)
//     --- FAIL: TestSum/three (0.00s)
//         calc_test.go:13: Sum(1, 2, 3) = 3, want 6
def report = text.replaceAll(/\(\d+\.\d\ds\)/, "(0.00s)")
assert report.contains("--- FAIL: TestSum (0.00s)\n    --- FAIL: TestSum/three (0.00s)\n        Sum(1, 2, 3) = 3, want 6\n") : text
assert !report.contains("TestSum/empty") : text
return true
