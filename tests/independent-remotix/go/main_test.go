package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"sort"
	"strings"
	"testing"
)

type client struct {
	t    *testing.T
	base string
	p    *Preset
}

type resp struct {
	status int
	ctype  string
	raw    string
	v      interface{}
	jsonOK bool
}

func (c *client) do(method, path string, body interface{}) resp {
	var rd io.Reader
	if s, isStr := body.(string); isStr {
		rd = strings.NewReader(s)
	} else if body != nil {
		b, _ := json.Marshal(body)
		rd = bytes.NewReader(b)
	}
	req, _ := http.NewRequest(method, c.base+path, rd)
	if body != nil {
		req.Header.Set("Content-Type", "application/json")
	}
	r, err := http.DefaultClient.Do(req)
	if err != nil {
		c.t.Fatalf("%s %s: %v", method, path, err)
	}
	defer r.Body.Close()
	b, _ := io.ReadAll(r.Body)
	out := resp{status: r.StatusCode, ctype: r.Header.Get("Content-Type"), raw: string(b)}
	out.jsonOK = json.Unmarshal(b, &out.v) == nil
	return out
}

func newClient(t *testing.T, preset, brk string) *client {
	s, err := NewServer(preset, brk)
	if err != nil {
		t.Fatal(err)
	}
	ts := httptest.NewServer(s)
	t.Cleanup(ts.Close)
	return &client{t: t, base: ts.URL, p: s.p}
}

// unwrapList finds the list inside any of the list shapes the presets use.
func unwrapList(v interface{}) []interface{} {
	switch x := v.(type) {
	case []interface{}:
		return x
	case map[string]interface{}:
		for _, k := range []string{"data", "items"} {
			if l, ok := x[k].([]interface{}); ok {
				return l
			}
		}
		for _, val := range x {
			if l, ok := val.([]interface{}); ok {
				return l
			}
		}
	}
	return nil
}

func unwrapObj(v interface{}) map[string]interface{} {
	m, _ := v.(map[string]interface{})
	if d, ok := m["data"].(map[string]interface{}); ok && m["ok"] == true {
		m = d
	}
	if st, ok := m["settings"].(map[string]interface{}); ok {
		m = st
	}
	return m
}

func (c *client) must200(r resp, what string) error {
	if r.status != 200 {
		return fmt.Errorf("%s: status %d (%s)", what, r.status, r.raw)
	}
	if !r.jsonOK || !strings.Contains(r.ctype, "json") {
		return fmt.Errorf("%s: not JSON: %q %q", what, r.ctype, r.raw)
	}
	return nil
}

func is4xx(r resp) bool { return r.status >= 400 && r.status < 500 }

func (c *client) groups() ([]map[string]interface{}, error) {
	r := c.do("GET", "/groups", nil)
	if err := c.must200(r, "GET /groups"); err != nil {
		return nil, err
	}
	var out []map[string]interface{}
	for _, it := range unwrapList(r.v) {
		out = append(out, it.(map[string]interface{}))
	}
	return out, nil
}

func (c *client) groupUID(i int) string {
	gs, err := c.groups()
	if err != nil {
		c.t.Fatal(err)
	}
	return gs[i][c.p.GroupIDKey].(string)
}

func (c *client) items(g string) (map[string]map[string]interface{}, error) {
	r := c.do("GET", "/group/"+g, nil)
	if err := c.must200(r, "GET /group/"+g); err != nil {
		return nil, err
	}
	out := map[string]map[string]interface{}{}
	for _, it := range unwrapList(r.v) {
		m := it.(map[string]interface{})
		if id, ok := m[c.p.ConnIDKey].(string); ok {
			out[id] = m
		}
		if id, ok := m[c.p.CompIDKey].(string); ok {
			out[id] = m
		}
	}
	return out, nil
}

func (c *client) createGroup(name string) (string, error) {
	r := c.do("PUT", "/group/", map[string]interface{}{"name": name})
	if err := c.must200(r, "PUT /group/"); err != nil {
		return "", err
	}
	id, _ := r.v.(map[string]interface{})["group_uid"].(string)
	if id == "" {
		return "", fmt.Errorf("no group_uid in %s", r.raw)
	}
	return id, nil
}

func (c *client) createConn(name, cat string) (string, error) {
	r := c.do("PUT", "/connection/", map[string]interface{}{"name": name, "category_uid": cat})
	if err := c.must200(r, "PUT /connection/"); err != nil {
		return "", err
	}
	id, _ := r.v.(map[string]interface{})["uid"].(string)
	if id == "" {
		return "", fmt.Errorf("no uid in %s", r.raw)
	}
	return id, nil
}

func (c *client) comp() string { return c.p.ComputerIDs[0] }

func (c *client) settings(key string) (map[string]interface{}, error) {
	r := c.do("GET", "/computer/"+c.comp()+"/"+key, nil)
	if err := c.must200(r, "GET settings "+key); err != nil {
		return nil, err
	}
	return unwrapObj(r.v), nil
}

func alt(v interface{}) interface{} {
	switch x := v.(type) {
	case bool:
		return !x
	case float64:
		return x + 1
	case string:
		return x + "-changed"
	}
	return "changed"
}

func sortedSettingKeys(p *Preset, typ string) []string {
	var ks []string
	for k := range p.Defaults[typ] {
		ks = append(ks, k)
	}
	sort.Strings(ks)
	return ks
}

// ---- reference checks: each one must pass on every preset and fail under its break ----

type check func(c *client) error

var checks = map[string]check{
	"rename-ignored": func(c *client) error {
		g, err := c.createGroup("Before")
		if err != nil {
			return err
		}
		if err := c.must200(c.do("PUT", "/group/"+g, map[string]interface{}{"name": "After"}), "rename"); err != nil {
			return err
		}
		gs, err := c.groups()
		if err != nil {
			return err
		}
		for _, x := range gs {
			if x[c.p.GroupIDKey] == g {
				if x["name"] != "After" {
					return fmt.Errorf("name is %v", x["name"])
				}
				return nil
			}
		}
		return fmt.Errorf("group %s not listed", g)
	},
	"null-no-reset": func(c *client) error {
		k := sortedSettingKeys(c.p, "NEAR")[0]
		s0, err := c.settings("NEAR")
		if err != nil {
			return err
		}
		def := c.p.Defaults["NEAR"][k]
		if err := c.must200(c.do("PUT", "/computer/"+c.comp()+"/NEAR", map[string]interface{}{k: alt(s0[k])}), "put"); err != nil {
			return err
		}
		if err := c.must200(c.do("PUT", "/computer/"+c.comp()+"/NEAR", map[string]interface{}{k: nil}), "put null"); err != nil {
			return err
		}
		s1, err := c.settings("NEAR")
		if err != nil {
			return err
		}
		if fmt.Sprint(s1[k]) != fmt.Sprint(def) {
			return fmt.Errorf("%s after null = %v, default %v", k, s1[k], def)
		}
		return nil
	},
	"partial-replaces": func(c *client) error {
		ks := sortedSettingKeys(c.p, "VNC")
		s0, err := c.settings("VNC")
		if err != nil {
			return err
		}
		a := alt(s0[ks[0]])
		if err := c.must200(c.do("PUT", "/computer/"+c.comp()+"/VNC", map[string]interface{}{ks[0]: a}), "put1"); err != nil {
			return err
		}
		if err := c.must200(c.do("PUT", "/computer/"+c.comp()+"/VNC", map[string]interface{}{ks[1]: alt(s0[ks[1]])}), "put2"); err != nil {
			return err
		}
		s1, err := c.settings("VNC")
		if err != nil {
			return err
		}
		if fmt.Sprint(s1[ks[0]]) != fmt.Sprint(a) || fmt.Sprint(s1[ks[1]]) != fmt.Sprint(alt(s0[ks[1]])) {
			return fmt.Errorf("settings after two partial updates: %v", s1)
		}
		return nil
	},
	"settings-put-ignored": func(c *client) error {
		k := sortedSettingKeys(c.p, "RDP")[0]
		s0, err := c.settings("RDP_3390")
		if err != nil {
			return err
		}
		if err := c.must200(c.do("PUT", "/computer/"+c.comp()+"/RDP_3390", map[string]interface{}{k: alt(s0[k])}), "put"); err != nil {
			return err
		}
		s1, err := c.settings("RDP_3390")
		if err != nil {
			return err
		}
		if fmt.Sprint(s1[k]) != fmt.Sprint(alt(s0[k])) {
			return fmt.Errorf("%s = %v", k, s1[k])
		}
		return nil
	},
	"deleted-readable": func(c *client) error {
		g := c.groupUID(0)
		u, err := c.createConn("Temp", g)
		if err != nil {
			return err
		}
		if err := c.must200(c.do("DELETE", "/connection/"+u, nil), "delete"); err != nil {
			return err
		}
		its, err := c.items(g)
		if err != nil {
			return err
		}
		if _, there := its[u]; there {
			return fmt.Errorf("deleted connection still listed")
		}
		if r := c.do("PUT", "/connection/"+u, map[string]interface{}{"name": "x", "category_uid": g}); !is4xx(r) {
			return fmt.Errorf("update of deleted connection: %d", r.status)
		}
		return nil
	},
	"created-not-listed": func(c *client) error {
		g := c.groupUID(3)
		u, err := c.createConn("Fresh", g)
		if err != nil {
			return err
		}
		its, err := c.items(g)
		if err != nil {
			return err
		}
		if _, there := its[u]; !there {
			return fmt.Errorf("created connection %s not in group %s", u, g)
		}
		return nil
	},
	"nearby-500": func(c *client) error {
		r := c.do("GET", "/nearby", nil)
		if err := c.must200(r, "nearby"); err != nil {
			return err
		}
		if len(unwrapList(r.v)) != 3 {
			return fmt.Errorf("nearby: %s", r.raw)
		}
		return nil
	},
	"text-success": func(c *client) error { _, err := c.groups(); return err },
	"action-refused": func(c *client) error {
		comp := c.comp()
		for _, a := range c.p.ComputerActions {
			if err := c.must200(c.do("ACTION", "/computer/"+comp+"/"+a, nil), a); err != nil {
				return err
			}
		}
		for _, key := range []string{"NEAR", "VNC", "RDP_3390"} {
			typ := strings.Split(key, "_")[0]
			for _, a := range c.p.Actions[typ] {
				if err := c.must200(c.do("ACTION", "/computer/"+comp+"/"+key+"/"+a, nil), key+"/"+a); err != nil {
					return err
				}
			}
		}
		return nil
	},
	"creds-not-stored": func(c *client) error {
		g := c.groupUID(1)
		u, err := c.createConn("WithCreds", g)
		if err != nil {
			return err
		}
		if err := c.must200(c.do("PUT", "/connection/"+u+"/credentials", map[string]interface{}{"rxp.username": "u", "rxp.password": "p"}), "creds"); err != nil {
			return err
		}
		its, err := c.items(g)
		if err != nil {
			return err
		}
		if its[u][c.p.CredsFlagKey] != true {
			return fmt.Errorf("credentials flag not set: %v", its[u])
		}
		return nil
	},
	"move-ignored": func(c *client) error {
		a, b := c.groupUID(0), c.groupUID(2)
		u, err := c.createConn("Mover", a)
		if err != nil {
			return err
		}
		if err := c.must200(c.do("PUT", "/connection/"+u, map[string]interface{}{"name": "Mover", "category_uid": b}), "move"); err != nil {
			return err
		}
		ia, _ := c.items(a)
		ib, _ := c.items(b)
		if _, there := ia[u]; there {
			return fmt.Errorf("still in old group")
		}
		if _, there := ib[u]; !there {
			return fmt.Errorf("not in new group")
		}
		return nil
	},
	"create-201": func(c *client) error {
		if _, err := c.createGroup("Status"); err != nil {
			return err
		}
		_, err := c.createConn("Status", c.groupUID(0))
		return err
	},
	"badjson-500": func(c *client) error {
		for _, p := range []string{"/group/", "/group/" + c.groupUID(0), "/computer/" + c.comp() + "/NEAR"} {
			if r := c.do("PUT", p, "{not json"); !is4xx(r) {
				return fmt.Errorf("malformed JSON on %s: %d", p, r.status)
			}
		}
		return nil
	},
	"group-uid-key": func(c *client) error { _, err := c.createGroup("Keyed"); return err },
	"port-ignored": func(c *client) error {
		if _, err := c.settings("RDP_3390"); err != nil {
			return err
		}
		r := c.do("GET", "/computer/"+c.p.ComputerIDs[1]+"/VNC_5901/credentials", nil)
		return c.must200(r, "VNC_5901 credentials")
	},
	"computer-delete-noop": func(c *client) error {
		id := c.p.ComputerIDs[1]
		if err := c.must200(c.do("DELETE", "/computer/"+id, nil), "delete computer"); err != nil {
			return err
		}
		if r := c.do("GET", "/computer/"+id, nil); !is4xx(r) {
			return fmt.Errorf("deleted computer answers %d", r.status)
		}
		return nil
	},
	"notfound-200": func(c *client) error {
		for _, p := range []string{"/group/NOPE-0000", "/computer/NOPE-0000", "/computer/" + c.comp() + "/SSH"} {
			if r := c.do("GET", p, nil); !is4xx(r) {
				return fmt.Errorf("GET %s: %d", p, r.status)
			}
		}
		return nil
	},
	"creds-delete-noop": func(c *client) error {
		p := "/computer/" + c.comp() + "/NEAR/credentials"
		r := c.do("GET", p, nil)
		if err := c.must200(r, "get creds"); err != nil {
			return err
		}
		if _, ok := unwrapObj(r.v)["rxp.username"]; !ok {
			return fmt.Errorf("seed credentials missing: %s", r.raw)
		}
		if err := c.must200(c.do("DELETE", p, nil), "delete creds"); err != nil {
			return err
		}
		r = c.do("GET", p, nil)
		if is4xx(r) {
			return nil
		}
		if _, ok := unwrapObj(r.v)["rxp.username"]; ok {
			return fmt.Errorf("credentials still there: %s", r.raw)
		}
		return nil
	},
}

func TestEveryBreakHasACheck(t *testing.T) {
	if len(checks) != len(breaks) {
		t.Fatalf("%d checks for %d breaks", len(checks), len(breaks))
	}
	for _, b := range breaks {
		if checks[b.Name] == nil {
			t.Errorf("no check for break %s", b.Name)
		}
	}
}

func TestChecksPassOnEveryPreset(t *testing.T) {
	for _, p := range presets {
		for _, b := range breaks {
			c := newClient(t, p.Name, "")
			if err := checks[b.Name](c); err != nil {
				t.Errorf("preset %s, check %s: %v", p.Name, b.Name, err)
			}
		}
	}
}

func TestBreaksChangeBehaviour(t *testing.T) {
	for _, p := range presets {
		for _, b := range breaks {
			c := newClient(t, p.Name, b.Name)
			if err := checks[b.Name](c); err == nil {
				t.Errorf("preset %s: break %s did not change anything", p.Name, b.Name)
			}
		}
	}
}

// ---- main operations per preset ----

func TestMainOperations(t *testing.T) {
	for _, p := range presets {
		t.Run(p.Name, func(t *testing.T) {
			c := newClient(t, p.Name, "")
			gs, err := c.groups()
			if err != nil || len(gs) != 4 {
				t.Fatalf("groups: %v %v", gs, err)
			}
			// empty seed group, non-empty seed group
			if its, _ := c.items(c.groupUID(3)); len(its) != 0 {
				t.Errorf("Archive not empty: %v", its)
			}
			office := c.groupUID(0)
			if its, _ := c.items(office); len(its) < 4 {
				t.Errorf("Office items: %v", its)
			}
			// computer
			comp := c.comp()
			r := c.do("GET", "/computer/"+comp, nil)
			if err := c.must200(r, "computer"); err != nil || unwrapObj(r.v)["name"] != "Studio iMac" {
				t.Errorf("computer: %v %s", err, r.raw)
			}
			r = c.do("GET", "/computer/"+comp+"/actions", nil)
			if err := c.must200(r, "actions"); err != nil || !strings.Contains(r.raw, "curtain") || !strings.Contains(r.raw, "chat") {
				t.Errorf("actions: %v %s", err, r.raw)
			}
			r = c.do("GET", "/computer/"+comp+"/connections", nil)
			if err := c.must200(r, "connections"); err != nil || !strings.Contains(r.raw, "RDP_3390") {
				t.Errorf("connections: %v %s", err, r.raw)
			}
			// computer update: rename + move
			home := c.groupUID(1)
			r = c.do("PUT", "/computer/"+comp, map[string]interface{}{"name": "Renamed Mac", "category_uid": home})
			if err := c.must200(r, "put computer"); err != nil {
				t.Error(err)
			}
			if its, _ := c.items(home); its[comp] == nil {
				t.Errorf("computer not moved to Home")
			}
			if r = c.do("GET", "/computer/"+comp, nil); unwrapObj(r.v)["name"] != "Renamed Mac" {
				t.Errorf("computer not renamed: %s", r.raw)
			}
			// connect actions
			var seedConn string
			for id := range mustItems(t, c, office) {
				if id != comp {
					seedConn = id
				}
			}
			if err := c.must200(c.do("ACTION", "/connection/"+seedConn+"/connect", nil), "connect"); err != nil {
				t.Error(err)
			}
			if r := c.do("ACTION", "/computer/"+comp+"/NEAR/nosuchaction", nil); !is4xx(r) {
				t.Errorf("unknown action: %d", r.status)
			}
			if r := c.do("GET", "/computer/"+comp+"/NEAR/nosuchaction", nil); !is4xx(r) {
				t.Errorf("GET on action: %d", r.status)
			}
			// connection credentials delete
			if err := c.must200(c.do("DELETE", "/connection/"+seedConn+"/credentials", nil), "delete conn creds"); err != nil && !p.EmptyCreds404 {
				t.Error(err)
			}
			if its := mustItems(t, c, office); its[seedConn][p.CredsFlagKey] != false {
				t.Errorf("credentials flag after delete: %v", its[seedConn])
			}
			// delete computer connection settings
			if err := c.must200(c.do("DELETE", "/computer/"+comp+"/VNC", nil), "delete VNC settings"); err != nil {
				t.Error(err)
			}
			// empty group delete
			g, _ := c.createGroup("Disposable")
			if err := c.must200(c.do("DELETE", "/group/"+g, nil), "delete group"); err != nil {
				t.Error(err)
			}
			if r := c.do("GET", "/group/"+g, nil); !is4xx(r) {
				t.Errorf("deleted group: %d", r.status)
			}
			// non-empty group delete, by preset
			r = c.do("DELETE", "/group/"+office, nil)
			switch p.DeleteNonEmpty {
			case "refuse":
				if r.status != 409 {
					t.Errorf("non-empty delete: %d", r.status)
				}
			default:
				if r.status != 200 {
					t.Errorf("non-empty delete: %d %s", r.status, r.raw)
				}
			}
			// methods a path lacks
			r = c.do("POST", "/groups", nil)
			if p.Method == "405" && (r.status != 405) {
				t.Errorf("POST /groups: %d", r.status)
			}
			if p.Method == "404" && r.status != 404 {
				t.Errorf("POST /groups: %d", r.status)
			}
			// validation
			if r := c.do("PUT", "/group/", map[string]interface{}{}); !is4xx(r) {
				t.Errorf("group without name: %d", r.status)
			}
			if r := c.do("PUT", "/group/", map[string]interface{}{"name": strings.Repeat("n", p.NameMax+1)}); !is4xx(r) {
				t.Errorf("too long name: %d", r.status)
			}
		})
	}
}

func mustItems(t *testing.T, c *client, g string) map[string]map[string]interface{} {
	its, err := c.items(g)
	if err != nil {
		t.Fatal(err)
	}
	return its
}

func TestPresetSpecifics(t *testing.T) {
	c := newClient(t, "strict", "")
	if r := c.do("PUT", "/group/", map[string]interface{}{"name": "x", "color": "red"}); r.status != 422 || !strings.Contains(r.ctype, "problem+json") {
		t.Errorf("strict unknown key: %d %s", r.status, r.ctype)
	}
	if r := c.do("PUT", "/connection/"+"x", nil); r.status != 404 {
		t.Errorf("strict missing conn: %d", r.status)
	}
	if r := c.do("GET", "/groups/", nil); r.status != 404 {
		t.Errorf("strict trailing slash: %d", r.status)
	}
	g := c.groupUID(0)
	if r := c.do("PUT", "/group/"+g, map[string]interface{}{}); r.status != 422 {
		t.Errorf("strict partial group update: %d", r.status)
	}
	if r := c.do("GET", "/computer/"+c.comp()+"/NEAR/credentials", nil); strings.Contains(r.raw, "password") {
		t.Errorf("strict shows password: %s", r.raw)
	}

	l := newClient(t, "lenient", "")
	if r := l.do("GET", "/groups/", nil); r.status != 200 {
		t.Errorf("lenient trailing slash: %d", r.status)
	}
	if r := l.do("POST", "/computer/"+l.comp()+"/near/control", nil); r.status != 200 {
		t.Errorf("lenient POST action lower-case: %d %s", r.status, r.raw)
	}
	if r := l.do("GET", "/nope", nil); r.status != 404 || !strings.HasPrefix(r.ctype, "text/plain") {
		t.Errorf("lenient error: %d %s", r.status, r.ctype)
	}
	if r := l.do("PUT", "/connection", map[string]interface{}{"name": "nocat"}); r.status != 200 {
		t.Errorf("lenient create without category: %d %s", r.status, r.raw)
	}

	e := newClient(t, "envelope", "")
	r := e.do("GET", "/groups", nil)
	if m, ok := r.v.(map[string]interface{}); !ok || m["ok"] != true || m["count"] == nil {
		t.Errorf("envelope list: %s", r.raw)
	}
	r = e.do("GET", "/nope", nil)
	if m, ok := r.v.(map[string]interface{}); !ok || m["ok"] != false {
		t.Errorf("envelope error: %s", r.raw)
	}

	pl := newClient(t, "plain", "")
	r = pl.do("GET", "/groups", nil)
	if _, ok := r.v.([]interface{}); !ok {
		t.Errorf("plain list not bare: %s", r.raw)
	}
	r = pl.do("PATCH", "/group/1", nil)
	if r.status != 405 || r.raw == "" {
		t.Errorf("plain 405: %d", r.status)
	}
}

func TestUnknownSettingKeys(t *testing.T) {
	want := map[string]string{"plain": "dropped", "envelope": "dropped", "lenient": "stored", "strict": "refused"}
	for _, p := range presets {
		c := newClient(t, p.Name, "")
		r := c.do("PUT", "/computer/"+c.comp()+"/NEAR", map[string]interface{}{"x.unknown": 7})
		got := ""
		switch {
		case is4xx(r):
			got = "refused"
		default:
			s, _ := c.settings("NEAR")
			if _, ok := s["x.unknown"]; ok {
				got = "stored"
			} else {
				got = "dropped"
			}
		}
		if got != want[p.Name] {
			t.Errorf("%s: unknown setting key %s, want %s", p.Name, got, want[p.Name])
		}
	}
}

func TestDeterministicSeed(t *testing.T) {
	for _, p := range presets {
		a, b := newClient(t, p.Name, ""), newClient(t, p.Name, "")
		for _, path := range []string{"/groups", "/nearby", "/group/" + a.groupUID(0), "/computer/" + a.comp() + "/actions"} {
			if x, y := a.do("GET", path, nil).raw, b.do("GET", path, nil).raw; x != y {
				t.Errorf("%s %s differs between runs", p.Name, path)
			}
		}
	}
}

func TestMorePresetChoices(t *testing.T) {
	s := newClient(t, "strict", "")
	office := s.groupUID(0)
	if r := s.do("GET", "/connection/whatever", nil); r.status != 405 || r.raw == "" {
		t.Errorf("strict GET /connection/x: %d", r.status)
	}
	if r := s.do("PUT", "/group/", map[string]interface{}{"name": "office"}); r.status != 409 {
		t.Errorf("strict duplicate group name: %d", r.status)
	}
	if r := s.do("PUT", "/computer/"+s.comp(), map[string]interface{}{"name": "n", "category_uid": nil}); r.status != 422 {
		t.Errorf("strict null category: %d", r.status)
	}
	if r := s.do("PUT", "/computer/"+s.comp()+"/NEAR", map[string]interface{}{"near.quality": "high"}); r.status != 422 {
		t.Errorf("strict wrong setting type: %d", r.status)
	}
	if r := s.do("PUT", "/computer/"+s.comp()+"/NEAR", map[string]interface{}{"near.quality": 5}); r.status != 200 || !strings.Contains(r.raw, `"near.quality":5`) {
		t.Errorf("strict setting update: %d %s", r.status, r.raw)
	}
	u, _ := s.createConn("rdp box", office)
	if r := s.do("PUT", "/connection/"+u+"/credentials", map[string]interface{}{"rdp.username": "x"}); r.status != 422 {
		t.Errorf("strict RDP creds on NEAR connection: %d", r.status)
	}
	if r := s.do("DELETE", "/computer/"+s.comp()+"/VNC", nil); r.status != 200 {
		t.Errorf("strict delete VNC: %d", r.status)
	}
	if r := s.do("GET", "/computer/"+s.comp()+"/VNC", nil); r.status != 404 {
		t.Errorf("strict removed VNC still there: %d", r.status)
	}

	e := newClient(t, "envelope", "")
	office = e.groupUID(0)
	if r := e.do("DELETE", "/group/"+office, nil); r.status != 200 {
		t.Fatalf("envelope cascade: %d", r.status)
	}
	if r := e.do("GET", "/connection/"+"101", nil); r.status != 404 {
		t.Errorf("envelope: %d", r.status)
	}
	r := e.do("GET", "/computer/"+e.comp(), nil)
	if unwrapObj(r.v)["category_uid"] != nil {
		t.Errorf("envelope cascade computer: %s", r.raw)
	}

	l := newClient(t, "lenient", "")
	home := l.groupUID(1)
	before := len(mustItems(t, l, home))
	if r := l.do("DELETE", "/group/"+strings.ToLower(home)+"/", nil); r.status != 200 {
		t.Fatalf("lenient delete: %d %s", r.status, r.raw)
	}
	if before == 0 {
		t.Errorf("Home empty")
	}
	r = l.do("GET", "/computer/"+l.p.ComputerIDs[1], nil)
	if unwrapObj(r.v)["category_uid"] != nil {
		t.Errorf("lenient moved computer: %s", r.raw)
	}
	if r := l.do("PUT", "/computer/"+l.comp()+"/VNC/credentials", map[string]interface{}{"vnc.password": nil, "vnc.username": "v"}); r.status != 200 {
		t.Errorf("lenient put computer creds: %d", r.status)
	}
	if r := l.do("GET", "/computer/"+l.comp()+"/vnc/credentials", nil); r.raw != "{\"vnc.username\":\"v\"}\n" {
		t.Errorf("lenient creds: %q", r.raw)
	}

	p := newClient(t, "plain", "")
	if r := p.do("DELETE", "/computer/"+p.comp()+"/NEAR", nil); r.status != 200 {
		t.Errorf("plain reset: %d", r.status)
	}
	st, _ := p.settings("NEAR")
	for k, v := range p.p.Defaults["NEAR"] {
		if fmt.Sprint(st[k]) != fmt.Sprint(v) {
			t.Errorf("plain reset %s=%v", k, st[k])
		}
	}
	if r := p.do("PUT", "/group", map[string]interface{}{"name": "x"}); r.status != 404 {
		t.Errorf("plain PUT /group: %d", r.status)
	}
}
