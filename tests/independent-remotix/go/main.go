package main

import (
	"flag"
	"fmt"
	"net"
	"net/http"
	"os"
	"os/signal"
	"syscall"
)

func main() {
	port := flag.Int("port", 0, "TCP port on 127.0.0.1 (0 = any free port)")
	preset := flag.String("preset", "plain", "preset name (see --list)")
	brk := flag.String("break", "", "break name (see --list)")
	list := flag.Bool("list", false, "list presets and breaks")
	flag.Parse()
	if *list {
		fmt.Println("presets:")
		for _, p := range presets {
			fmt.Printf("  %-10s %s\n", p.Name, p.Desc)
		}
		fmt.Println("breaks:")
		for _, b := range breaks {
			fmt.Printf("  %-22s %s\n", b.Name, b.Desc)
		}
		return
	}
	srv, err := NewServer(*preset, *brk)
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(2)
	}
	ln, err := net.Listen("tcp", fmt.Sprintf("127.0.0.1:%d", *port))
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	fmt.Printf("listening on http://127.0.0.1:%d computer %s\n", ln.Addr().(*net.TCPAddr).Port, srv.p.ComputerIDs[0])
	hs := &http.Server{Handler: srv}
	go func() {
		ch := make(chan os.Signal, 1)
		signal.Notify(ch, syscall.SIGTERM, syscall.SIGINT)
		<-ch
		hs.Close()
	}()
	if err := hs.Serve(ln); err != nil && err != http.ErrServerClosed {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
}
