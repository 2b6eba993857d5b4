// The client matrix's sequence with Go's net/http (its default client keeps connections alive). Prints JSON.
package main

import (
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"os"
	"strings"
	"time"
)

type step struct {
	Method string  `json:"method"`
	Path   string  `json:"path"`
	Body   *string `json:"body"`
}

type result struct {
	Method string `json:"method"`
	Status int    `json:"status"`
	Body   string `json:"body"`
}

func main() {
	var sequence []step
	if err := json.Unmarshal([]byte(os.Args[2]), &sequence); err != nil {
		panic(err)
	}
	client := &http.Client{Timeout: 10 * time.Second}
	results := []result{}
	started := time.Now()
	for _, s := range sequence {
		var body io.Reader
		if s.Body != nil {
			body = strings.NewReader(*s.Body)
		}
		request, err := http.NewRequest(s.Method, os.Args[1]+s.Path, body)
		if err != nil {
			panic(err)
		}
		if s.Body != nil {
			request.Header.Set("Content-Type", "application/json")
		}
		response, err := client.Do(request)
		if err != nil {
			fmt.Fprintln(os.Stderr, err)
			os.Exit(1)
		}
		text, _ := io.ReadAll(response.Body)
		response.Body.Close()
		results = append(results, result{s.Method, response.StatusCode, string(text)})
	}
	ms := float64(time.Since(started).Microseconds()) / 1000
	out, _ := json.Marshal(map[string]any{"results": results, "ms": ms})
	fmt.Println(string(out))
}
