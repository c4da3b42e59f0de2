// Invalid import paths get types2's reasons (recorded with go tool compile: go build rejects them earlier).
package main

import ""        // ERROR "invalid import path \(empty string\)"
import "a!"      // ERROR "invalid import path \(invalid character U\+0021 '!'\)"
import "a b"     // ERROR "invalid import path \(invalid character U\+0020 ' '\)"
import `a\b`     // ERROR "invalid import path \(invalid character U\+005C '\\'\)"
import "\x00"    // ERROR "invalid import path \(invalid character U\+0000\)"
import "c:/foo"  // ERROR "invalid import path \(invalid character U\+003A ':'\)"
import "fmt"

func main() { fmt.Println() }
