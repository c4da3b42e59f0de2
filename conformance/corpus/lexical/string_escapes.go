// Interpreted string literals with all escape sequences, including byte escapes.
package main

import "fmt"

func main() {
	s := "\a\b\f\n\r\t\v\\\"'"
	fmt.Println(len(s), []byte(s))
	fmt.Printf("%q\n", s)
	t := "\xff\xfe\000\101\u00e4\U0001F600"
	fmt.Println(len(t), []byte(t))
	fmt.Printf("%q %+q\n", t, t)
	fmt.Println("日本語" == "\u65e5\u672c\u8a9e", "日本語" == "\U000065e5\U0000672c\U00008a9e", "日本語" == "\xe6\x97\xa5\xe6\x9c\xac\xe8\xaa\x9e")
}
