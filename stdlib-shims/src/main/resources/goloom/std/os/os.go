// The Go API of package os as goloom implements it (Java: go.os.Os). Only what the shim
// implements is declared; the rest of os comes with the standard-library issue.
package os

// Exit causes the current program to exit with the given status code. Deferred
// functions are not run.
func Exit(code int)

// Getenv retrieves the value of the environment variable named by the key.
func Getenv(key string) string
