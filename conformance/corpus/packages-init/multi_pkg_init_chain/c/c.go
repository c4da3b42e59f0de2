package c

var events []string
var counter = start()

func start() int {
	events = append(events, "c.counter")
	return 10
}

func init() { Log("c.init") }

func Log(s string) { events = append(events, s) }

func Next(who string) int {
	counter++
	Log(who)
	return counter
}

func Events() []string { return events }
