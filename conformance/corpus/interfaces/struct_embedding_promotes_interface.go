// A struct embedding a type gains its methods and so satisfies interfaces; embedding an interface value.
package main

import "fmt"

type Logger interface{ Log(string) string }

type Prefix struct{ P string }

func (p Prefix) Log(s string) string { return p.P + s }

type Service struct {
	Prefix
	Name string
}

type Wrapped struct {
	Logger // embedded interface field
}

func use(l Logger, msg string) { fmt.Println(l.Log(msg)) }

func main() {
	s := Service{Prefix{"[svc] "}, "api"}
	use(s, "hello")
	use(&s, "ptr")
	w := Wrapped{Prefix{"[wrapped] "}}
	use(w, "via embedded interface")
	w.Logger = Prefix{"[swapped] "}
	use(w, "again")
}
