// A panic in an init function aborts the program before main: exit status 2.
package main

import "fmt"

var config = loadConfig()

func loadConfig() map[string]string {
	fmt.Println("loading config")
	return map[string]string{}
}

func init() {
	if _, ok := config["required"]; !ok {
		panic("missing required config key")
	}
}

func main() {
	fmt.Println("main never runs")
}
