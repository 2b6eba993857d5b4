package main

import (
	"crypto/sha1"
	"encoding/hex"
	"fmt"
	"sort"
	"strconv"
	"strings"
)

type Group struct {
	UID, Name string
}

type Conn struct {
	UID, Name, Cat, Type, Addr string
	Creds                      map[string]interface{}
}

type CConn struct {
	Type  string
	Port  int
	Over  map[string]interface{} // overrides of defaults (and extra keys)
	Creds map[string]interface{}
}

func (c *CConn) Key() string {
	if c.Port > 0 {
		return c.Type + "_" + strconv.Itoa(c.Port)
	}
	return c.Type
}

type Computer struct {
	ID, Name, Cat, OS string
	Online            bool
	Conns             []*CConn
}

type State struct {
	p       *Preset
	groups  []*Group
	conns   []*Conn
	comps   []*Computer
	nearby  []map[string]interface{}
	counter map[string]int
}

const crockford = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"

func (s *State) newID(kind string) string {
	s.counter[kind]++
	n := s.counter[kind]
	sum := sha1.Sum([]byte(fmt.Sprintf("%s/%s/%d", s.p.Name, kind, n)))
	h := hex.EncodeToString(sum[:])
	switch s.p.IDStyle {
	case "num":
		base := map[string]int{"group": 0, "conn": 100, "session": 9000, "nearby": 500}[kind]
		return strconv.Itoa(base + n)
	case "hexdash":
		u := strings.ToUpper(h)
		return u[:4] + "-" + u[4:8]
	case "ulid":
		if kind == "group" {
			return "grp_" + h[:12]
		}
		var b strings.Builder
		b.WriteString("01J")
		for i := 0; i < 23; i++ {
			b.WriteByte(crockford[int(sum[i%20]+byte(i*7))%32])
		}
		return b.String()
	default: // uuid
		return h[:8] + "-" + h[8:12] + "-5" + h[13:16] + "-a" + h[17:20] + "-" + h[20:32]
	}
}

func newState(p *Preset) *State {
	s := &State{p: p, counter: map[string]int{}}
	g := func(name string) *Group {
		gr := &Group{UID: s.newID("group"), Name: name}
		s.groups = append(s.groups, gr)
		return gr
	}
	office, home, servers, _ := g("Office"), g("Home"), g("Servers"), g("Archive")
	c := func(name string, grp *Group, typ, addr string, creds map[string]interface{}) {
		s.conns = append(s.conns, &Conn{UID: s.newID("conn"), Name: name, Cat: grp.UID, Type: typ, Addr: addr, Creds: creds})
	}
	c("Reception PC", office, "NEAR", "reception.office.lan", map[string]interface{}{"rxp.username": "frontdesk", "rxp.password": "Welcome1"})
	c("Build Server", office, "RDP", "10.0.0.15", map[string]interface{}{"rdp.username": "builder", "rdp.password": "b0bTheBuild3r", "rdp.domain": "OFFICE"})
	c("Design Mac", office, "APPLE", "design-mac.local", nil)
	c("Living Room", home, "VNC", "192.168.1.30", nil)
	c("Kids Laptop", home, "NEAR", "192.168.1.41", map[string]interface{}{"rxp.username": "kid", "rxp.password": "dinosaur"})
	c("db-01", servers, "RDP", "db01.dc.example", map[string]interface{}{"rdp.username": "Administrator", "rdp.password": "S3rv3r!", "rdp.domain": "DC"})
	c("web-01", servers, "VNC", "web01.dc.example", nil)

	ids := p.ComputerIDs
	s.comps = []*Computer{
		{ID: ids[0], Name: "Studio iMac", Cat: office.UID, OS: "macOS 14.4", Online: true, Conns: []*CConn{
			{Type: "NEAR", Over: map[string]interface{}{}, Creds: map[string]interface{}{"rxp.username": "studio", "rxp.password": "pixels42"}},
			{Type: "VNC", Over: map[string]interface{}{}, Creds: map[string]interface{}{"vnc.password": "vncpass"}},
			{Type: "RDP", Port: 3390, Over: map[string]interface{}{}, Creds: map[string]interface{}{"rdp.username": "studio", "rdp.password": "rdp-pass", "rdp.domain": "STUDIO"}},
		}},
		{ID: ids[1], Name: "Lab Workstation", Cat: home.UID, OS: "Windows 11", Online: false, Conns: []*CConn{
			{Type: "NEAR", Over: map[string]interface{}{}, Creds: map[string]interface{}{}},
			{Type: "VNC", Port: 5901, Over: map[string]interface{}{}, Creds: map[string]interface{}{"vnc.password": "lab5901"}},
			{Type: "RDP", Over: map[string]interface{}{}, Creds: map[string]interface{}{"rdp.username": "lab", "rdp.password": "lab-rdp", "rdp.domain": "LAB"}},
		}},
	}
	// one non-default setting per seeded connection, so defaults and overrides differ
	for _, cc := range s.comps[0].Conns {
		for _, k := range sortedKeys(p.Defaults[cc.Type]) {
			if b, ok := p.Defaults[cc.Type][k].(bool); ok {
				cc.Over[k] = !b
				break
			}
		}
	}
	s.nearby = []map[string]interface{}{
		{"name": "MacBook-Air.local", p.TypeKey: "NEAR", p.AddrKey: "192.168.1.23"},
		{"name": "PRINTER-PC", p.TypeKey: "VNC", p.AddrKey: "192.168.1.40", "port": 5900},
		{"name": "WIN-SRV2019", p.TypeKey: "RDP", p.AddrKey: "192.168.1.60", "port": 3389},
	}
	for _, n := range s.nearby {
		n[p.ConnIDKey] = s.newID("nearby")
	}
	return s
}

func credKeys(typ string) []string {
	switch typ {
	case "NEAR":
		return []string{"rxp.username", "rxp.password"}
	case "RDP":
		return []string{"rdp.username", "rdp.password", "rdp.domain"}
	case "APPLE":
		return []string{"apple.username", "apple.password"}
	case "VNC":
		return []string{"vnc.username", "vnc.password"}
	case "SSH":
		return []string{"ssh.username", "ssh.password"}
	}
	return nil
}

var connTypes = []string{"NEAR", "RDP", "VNC", "APPLE", "SSH"}

func sortedKeys(m map[string]interface{}) []string {
	ks := make([]string, 0, len(m))
	for k := range m {
		ks = append(ks, k)
	}
	sort.Strings(ks)
	return ks
}
