package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"sort"
	"strconv"
	"strings"
	"sync"
)

type Server struct {
	mu  sync.Mutex
	p   *Preset
	brk string
	st  *State
}

func NewServer(preset, brk string) (*Server, error) {
	p := findPreset(preset)
	if p == nil {
		return nil, fmt.Errorf("unknown preset %q", preset)
	}
	if !validBreak(brk) {
		return nil, fmt.Errorf("unknown break %q", brk)
	}
	return &Server{p: p, brk: brk, st: newState(p)}, nil
}

type obj = map[string]interface{}

// ---------- responses ----------

func (s *Server) writeJSON(w http.ResponseWriter, status int, v interface{}) {
	b, _ := json.Marshal(v)
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(status)
	w.Write(b)
	w.Write([]byte("\n"))
}

func (s *Server) ok(w http.ResponseWriter, v interface{}) { s.writeJSON(w, 200, v) }

func (s *Server) created(w http.ResponseWriter, v interface{}) {
	if s.brk == "create-201" {
		s.writeJSON(w, 201, v)
		return
	}
	s.writeJSON(w, 200, v)
}

var kindTitles = map[string]string{
	"not_found": "Not Found", "bad_json": "Malformed JSON", "invalid": "Invalid request",
	"conflict": "Conflict", "media": "Unsupported Media Type", "method": "Method Not Allowed",
	"unknown_action": "Unknown action",
}

func (s *Server) fail(w http.ResponseWriter, kind, msg string) {
	st := s.p.Status[kind]
	if kind == "method" {
		st = 405
	}
	if st == 0 {
		st = 400
	}
	if s.brk == "notfound-200" && kind == "not_found" {
		st = 200
	}
	if s.brk == "badjson-500" && kind == "bad_json" {
		st = 500
	}
	switch s.p.ErrStyle {
	case "text":
		w.Header().Set("Content-Type", "text/plain; charset=utf-8")
		w.WriteHeader(st)
		fmt.Fprintf(w, "%s: %s\n", kindTitles[kind], msg)
	case "problem":
		b, _ := json.Marshal(obj{"type": "about:blank#" + kind, "title": kindTitles[kind], "status": st, "detail": msg})
		w.Header().Set("Content-Type", "application/problem+json")
		w.WriteHeader(st)
		w.Write(b)
	case "envelope":
		s.writeJSON(w, st, obj{"ok": false, "error": obj{"code": kind, "message": msg, "status": st}})
	default:
		s.writeJSON(w, st, obj{"error": msg})
	}
}

func (s *Server) wrapList(kind string, items []interface{}) interface{} {
	if items == nil {
		items = []interface{}{}
	}
	switch s.p.ListStyle {
	case "keyed":
		return obj{kind: items}
	case "envelope":
		return obj{"ok": true, "data": items, "count": len(items), "kind": kind}
	case "items":
		return obj{"items": items, "total": len(items)}
	}
	return items
}

func (s *Server) wrapObj(v interface{}) interface{} {
	if s.p.Envelope {
		return obj{"ok": true, "data": v}
	}
	return v
}

func (s *Server) createReply(key, id string, full obj) interface{} {
	m := obj{key: id}
	if s.p.Envelope {
		m["ok"] = true
		m["data"] = full
	}
	return m
}

func (s *Server) updateReply(w http.ResponseWriter, full interface{}) {
	switch s.p.UpdateReply {
	case "object":
		s.ok(w, s.wrapObj(full))
	case "status":
		s.ok(w, obj{"status": "ok"})
	default:
		s.ok(w, obj{})
	}
}

func (s *Server) deleteReply(w http.ResponseWriter, id string) {
	switch s.p.DeleteReply {
	case "status":
		s.ok(w, obj{"status": "ok"})
	case "deleted":
		m := obj{"deleted": id}
		if s.p.Envelope {
			m["ok"] = true
		}
		s.ok(w, m)
	default:
		s.ok(w, obj{})
	}
}

func (s *Server) actionReply(w http.ResponseWriter, target, action string) {
	switch s.p.ActionReply {
	case "status":
		s.ok(w, obj{"status": "ok"})
	case "detailed":
		s.ok(w, s.wrapObj(obj{"action": action, "target": target, "started": true, "session": "ses_" + s.st.newID("session")}))
	case "accepted":
		s.ok(w, obj{"accepted": true, "action": action, "target": target})
	default:
		s.ok(w, obj{})
	}
}

// ---------- request bodies ----------

// readBody returns the decoded JSON object (empty map for an empty body).
func (s *Server) readBody(w http.ResponseWriter, r *http.Request) (obj, bool) {
	if s.p.RequireJSONType {
		ct := r.Header.Get("Content-Type")
		if ct != "" && !strings.Contains(strings.ToLower(ct), "json") {
			s.fail(w, "media", "Content-Type must be application/json")
			return nil, false
		}
	}
	raw, err := io.ReadAll(io.LimitReader(r.Body, 1<<20))
	if err != nil {
		s.fail(w, "bad_json", "cannot read body")
		return nil, false
	}
	if len(bytes.TrimSpace(raw)) == 0 {
		return obj{}, true
	}
	var v interface{}
	dec := json.NewDecoder(bytes.NewReader(raw))
	dec.UseNumber()
	if err := dec.Decode(&v); err != nil {
		s.fail(w, "bad_json", "malformed JSON: "+err.Error())
		return nil, false
	}
	if dec.More() {
		s.fail(w, "bad_json", "malformed JSON: trailing data")
		return nil, false
	}
	m, ok := v.(map[string]interface{})
	if !ok {
		s.fail(w, "invalid", "body must be a JSON object")
		return nil, false
	}
	return m, true
}

func (s *Server) checkUnknown(w http.ResponseWriter, body obj, allowed ...string) bool {
	if !s.p.RejectUnknown {
		return true
	}
	var bad []string
	for k := range body {
		found := false
		for _, a := range allowed {
			if a == k {
				found = true
			}
		}
		if !found {
			bad = append(bad, k)
		}
	}
	if len(bad) > 0 {
		sort.Strings(bad)
		s.fail(w, "invalid", "unknown field(s): "+strings.Join(bad, ", "))
		return false
	}
	return true
}

// name validates a "name" value; present=false when absent.
func (s *Server) name(w http.ResponseWriter, body obj) (string, bool, bool) {
	v, present := body["name"]
	if !present {
		return "", false, true
	}
	str, isStr := v.(string)
	if !isStr {
		s.fail(w, "invalid", "name must be a string")
		return "", true, false
	}
	if s.p.TrimNames {
		str = strings.TrimSpace(str)
	}
	if str == "" {
		s.fail(w, "invalid", "name must not be empty")
		return "", true, false
	}
	if len([]rune(str)) > s.p.NameMax {
		s.fail(w, "invalid", fmt.Sprintf("name longer than %d characters", s.p.NameMax))
		return "", true, false
	}
	return str, true, true
}

// category validates category_uid. Returns (uid, present, ok). uid "" means no group.
func (s *Server) category(w http.ResponseWriter, body obj, allowNull bool) (string, bool, bool) {
	v, present := body["category_uid"]
	if !present {
		return "", false, true
	}
	if v == nil {
		if allowNull && s.p.NullCategory {
			return "", true, true
		}
		s.fail(w, "invalid", "category_uid must be a group uid")
		return "", true, false
	}
	str, isStr := v.(string)
	if !isStr {
		s.fail(w, "invalid", "category_uid must be a string")
		return "", true, false
	}
	g := s.findGroup(str)
	if g == nil {
		if s.p.Status["invalid"] == 422 {
			s.fail(w, "invalid", "category_uid "+str+" does not exist")
		} else {
			s.fail(w, "not_found", "group "+str+" not found")
		}
		return "", true, false
	}
	return g.UID, true, true
}

// ---------- lookups ----------

func (s *Server) eq(a, b string) bool {
	if s.p.CaseInsensitive {
		return strings.EqualFold(a, b)
	}
	return a == b
}

func (s *Server) findGroup(uid string) *Group {
	for _, g := range s.st.groups {
		if s.eq(g.UID, uid) {
			return g
		}
	}
	return nil
}

func (s *Server) findConn(uid string) *Conn {
	for _, c := range s.st.conns {
		if s.eq(c.UID, uid) {
			return c
		}
	}
	return nil
}

func (s *Server) findComp(id string) *Computer {
	for _, c := range s.st.comps {
		if s.eq(c.ID, id) {
			return c
		}
	}
	return nil
}

func (s *Server) findCConn(c *Computer, key string) *CConn {
	if s.brk == "port-ignored" && strings.Contains(key, "_") {
		return nil
	}
	for _, cc := range c.Conns {
		if s.eq(cc.Key(), key) {
			return cc
		}
	}
	return nil
}

// ---------- object views ----------

func (s *Server) groupView(g *Group) obj {
	n := 0
	for _, c := range s.st.conns {
		if c.Cat == g.UID {
			n++
		}
	}
	for _, c := range s.st.comps {
		if c.Cat == g.UID {
			n++
		}
	}
	m := obj{s.p.GroupIDKey: g.UID, "name": g.Name}
	switch s.p.Name {
	case "envelope":
		m["kind"] = "group"
		m["count"] = n
	case "strict":
		m["item_count"] = n
	case "lenient":
		m["size"] = n
	}
	return m
}

func nullable(s string) interface{} {
	if s == "" {
		return nil
	}
	return s
}

func (s *Server) connView(c *Conn) obj {
	return obj{
		s.p.ConnIDKey: c.UID, "name": c.Name, "category_uid": nullable(c.Cat),
		s.p.KindKey: "connection", s.p.TypeKey: c.Type, s.p.AddrKey: c.Addr,
		s.p.CredsFlagKey: len(c.Creds) > 0,
	}
}

func (s *Server) compView(c *Computer) obj {
	m := obj{s.p.CompIDKey: c.ID, "name": c.Name, "category_uid": nullable(c.Cat), s.p.KindKey: "computer"}
	if s.p.Name != "plain" {
		m["os"] = c.OS
		m["online"] = c.Online
	}
	return m
}

func (s *Server) settings(cc *CConn) obj {
	m := obj{}
	for k, v := range s.p.Defaults[cc.Type] {
		m[k] = v
	}
	for k, v := range cc.Over {
		m[k] = v
	}
	return m
}

func portVal(p int) interface{} {
	if p == 0 {
		return nil
	}
	return p
}

func (s *Server) settingsRaw(cc *CConn) interface{} {
	if s.p.SettingsStyle == "nested" {
		return obj{"connection": cc.Key(), "type": cc.Type, "port": portVal(cc.Port), "settings": s.settings(cc)}
	}
	return s.settings(cc)
}

func (s *Server) settingsView(cc *CConn) interface{} { return s.wrapObj(s.settingsRaw(cc)) }

func (s *Server) credsView(creds map[string]interface{}) obj {
	m := obj{}
	for k, v := range creds {
		if strings.HasSuffix(k, ".password") {
			switch s.p.CredsPassword {
			case "mask":
				m[k] = "********"
				continue
			case "omit":
				continue
			}
		}
		m[k] = v
	}
	return m
}

func (s *Server) actionsOf(cc *CConn) []string { return s.p.Actions[cc.Type] }

func (s *Server) actionsView(c *Computer) interface{} {
	switch s.p.ActionsStyle {
	case "paths":
		out := []interface{}{}
		for _, a := range s.p.ComputerActions {
			out = append(out, a)
		}
		for _, cc := range c.Conns {
			for _, a := range s.actionsOf(cc) {
				out = append(out, cc.Key()+"/"+a)
			}
		}
		return s.wrapList("actions", out)
	case "grouped":
		m := obj{}
		ca := []interface{}{}
		for _, a := range s.p.ComputerActions {
			ca = append(ca, a)
		}
		m["computer"] = ca
		for _, cc := range c.Conns {
			l := []interface{}{}
			for _, a := range s.actionsOf(cc) {
				l = append(l, a)
			}
			m[cc.Key()] = l
		}
		return obj{"actions": m}
	default: // objects | named
		out := []interface{}{}
		add := func(conn, a string) {
			path := "/computer/" + c.ID + "/" + a
			if conn != "" {
				path = "/computer/" + c.ID + "/" + conn + "/" + a
			}
			if s.p.ActionsStyle == "objects" {
				out = append(out, obj{"action": a, "connection": nullable(conn), "method": "ACTION", "path": path})
			} else {
				out = append(out, obj{"name": a, "target": nullable(conn)})
			}
		}
		for _, a := range s.p.ComputerActions {
			add("", a)
		}
		for _, cc := range c.Conns {
			for _, a := range s.actionsOf(cc) {
				add(cc.Key(), a)
			}
		}
		return s.wrapList("actions", out)
	}
}

func (s *Server) compConnsView(c *Computer) interface{} {
	out := []interface{}{}
	for _, cc := range c.Conns {
		switch {
		case s.p.CompConnStyle == "strings":
			out = append(out, cc.Key())
		case s.p.Name == "envelope":
			out = append(out, obj{"key": cc.Key(), "type": cc.Type, "port": portVal(cc.Port), "credentials_set": len(cc.Creds) > 0})
		case s.p.Name == "strict":
			out = append(out, obj{"id": cc.Key(), "connection_type": cc.Type, "port": portVal(cc.Port)})
		default:
			out = append(out, obj{"name": cc.Key(), "type": cc.Type, "port": portVal(cc.Port)})
		}
	}
	return s.wrapList("connections", out)
}

// ---------- routing ----------

type handlers map[string]func(w http.ResponseWriter, r *http.Request)

func (s *Server) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	s.mu.Lock()
	defer s.mu.Unlock()
	path := r.URL.Path
	if s.p.LenientSlash {
		for len(path) > 1 && strings.HasSuffix(path, "/") {
			path = path[:len(path)-1]
		}
	}
	segs := strings.Split(strings.TrimPrefix(path, "/"), "/")
	hs := s.route(segs)
	if hs == nil {
		s.fail(w, "not_found", "no such path "+r.URL.Path)
		return
	}
	method := r.Method
	if method == "POST" && s.p.PostAsAction && hs["ACTION"] != nil {
		method = "ACTION"
	}
	h := hs[method]
	if h == nil {
		if s.p.Method == "404" {
			s.fail(w, "not_found", "no "+r.Method+" on "+r.URL.Path)
			return
		}
		var allow []string
		for m := range hs {
			allow = append(allow, m)
		}
		sort.Strings(allow)
		w.Header().Set("Allow", strings.Join(allow, ", "))
		s.fail(w, "method", r.Method+" not allowed on "+r.URL.Path)
		return
	}
	h(w, r)
}

func (s *Server) route(segs []string) handlers {
	n := len(segs)
	for i, sg := range segs {
		if sg == "" && !(i == 1 && n == 2) {
			return nil
		}
	}
	if n == 0 {
		return nil
	}
	isCreate := func() bool {
		return (n == 2 && segs[1] == "") || (n == 1 && s.p.LenientSlash)
	}
	switch segs[0] {
	case "groups":
		if n == 1 {
			return handlers{"GET": s.listGroups}
		}
	case "nearby":
		if n == 1 {
			return handlers{"GET": s.getNearby}
		}
	case "group":
		if isCreate() {
			return handlers{"PUT": s.createGroup}
		}
		if n == 2 {
			id := segs[1]
			return handlers{
				"GET":    func(w http.ResponseWriter, r *http.Request) { s.getGroup(w, r, id) },
				"PUT":    func(w http.ResponseWriter, r *http.Request) { s.updateGroup(w, r, id) },
				"DELETE": func(w http.ResponseWriter, r *http.Request) { s.deleteGroup(w, r, id) },
			}
		}
	case "connection":
		if isCreate() {
			return handlers{"PUT": s.createConn}
		}
		if n < 2 {
			return nil
		}
		id := segs[1]
		if n == 2 {
			h := handlers{
				"PUT":    func(w http.ResponseWriter, r *http.Request) { s.updateConn(w, r, id) },
				"DELETE": func(w http.ResponseWriter, r *http.Request) { s.deleteConn(w, r, id) },
			}
			if s.p.ExtraReads {
				h["GET"] = func(w http.ResponseWriter, r *http.Request) { s.getConn(w, r, id) }
			}
			return h
		}
		if n == 3 && segs[2] == "credentials" {
			h := handlers{
				"PUT":    func(w http.ResponseWriter, r *http.Request) { s.putConnCreds(w, r, id) },
				"DELETE": func(w http.ResponseWriter, r *http.Request) { s.deleteConnCreds(w, r, id) },
			}
			if s.p.ExtraReads {
				h["GET"] = func(w http.ResponseWriter, r *http.Request) { s.getConnCreds(w, r, id) }
			}
			return h
		}
		if n == 3 && segs[2] == "connect" {
			return handlers{"ACTION": func(w http.ResponseWriter, r *http.Request) { s.connect(w, r, id) }}
		}
	case "computer":
		if n < 2 || segs[1] == "" {
			return nil
		}
		id := segs[1]
		if n == 2 {
			return handlers{
				"GET":    func(w http.ResponseWriter, r *http.Request) { s.getComp(w, r, id) },
				"PUT":    func(w http.ResponseWriter, r *http.Request) { s.updateComp(w, r, id) },
				"DELETE": func(w http.ResponseWriter, r *http.Request) { s.deleteComp(w, r, id) },
			}
		}
		third := segs[2]
		if n == 3 && third == "actions" {
			return handlers{"GET": func(w http.ResponseWriter, r *http.Request) {
				s.withComp(w, id, func(c *Computer) { s.ok(w, s.actionsView(c)) })
			}}
		}
		if n == 3 && third == "connections" {
			return handlers{"GET": func(w http.ResponseWriter, r *http.Request) {
				s.withComp(w, id, func(c *Computer) { s.ok(w, s.compConnsView(c)) })
			}}
		}
		if n == 3 && s.isComputerAction(third) {
			return handlers{"ACTION": func(w http.ResponseWriter, r *http.Request) { s.compAction(w, r, id, third) }}
		}
		if !s.looksLikeConnKey(third) {
			return nil
		}
		key := third
		if n == 3 {
			return handlers{
				"GET":    func(w http.ResponseWriter, r *http.Request) { s.getSettings(w, r, id, key) },
				"PUT":    func(w http.ResponseWriter, r *http.Request) { s.putSettings(w, r, id, key) },
				"DELETE": func(w http.ResponseWriter, r *http.Request) { s.deleteSettings(w, r, id, key) },
			}
		}
		if n == 4 && segs[3] == "credentials" {
			h := handlers{
				"GET":    func(w http.ResponseWriter, r *http.Request) { s.getCompCreds(w, r, id, key) },
				"DELETE": func(w http.ResponseWriter, r *http.Request) { s.deleteCompCreds(w, r, id, key) },
			}
			if s.p.ComputerCredsPut {
				h["PUT"] = func(w http.ResponseWriter, r *http.Request) { s.putCompCreds(w, r, id, key) }
			}
			return h
		}
		if n == 4 {
			act := segs[3]
			return handlers{"ACTION": func(w http.ResponseWriter, r *http.Request) { s.connAction(w, r, id, key, act) }}
		}
	}
	return nil
}

func (s *Server) isComputerAction(a string) bool {
	for _, x := range s.p.ComputerActions {
		if s.eq(x, a) {
			return true
		}
	}
	return false
}

// looksLikeConnKey accepts <TYPE> or <TYPE>_<port> for a known type.
func (s *Server) looksLikeConnKey(k string) bool {
	t, port := k, ""
	if i := strings.LastIndex(k, "_"); i >= 0 {
		t, port = k[:i], k[i+1:]
		if n, err := strconv.Atoi(port); err != nil || n <= 0 || n > 65535 || strconv.Itoa(n) != port {
			return false
		}
	}
	for _, ct := range connTypes {
		if s.eq(ct, t) {
			return true
		}
	}
	return false
}

// ---------- groups ----------

func (s *Server) listGroups(w http.ResponseWriter, r *http.Request) {
	if s.brk == "text-success" {
		w.Header().Set("Content-Type", "text/plain; charset=utf-8")
		w.WriteHeader(200)
		for _, g := range s.st.groups {
			fmt.Fprintf(w, "%s\t%s\n", g.UID, g.Name)
		}
		return
	}
	out := []interface{}{}
	for _, g := range s.st.groups {
		out = append(out, s.groupView(g))
	}
	s.ok(w, s.wrapList("groups", out))
}

func (s *Server) getNearby(w http.ResponseWriter, r *http.Request) {
	if s.brk == "nearby-500" {
		s.writeJSON(w, 500, obj{"error": "internal error"})
		return
	}
	out := []interface{}{}
	for _, n := range s.st.nearby {
		out = append(out, n)
	}
	s.ok(w, s.wrapList("nearby", out))
}

func (s *Server) groupItems(g *Group) []interface{} {
	out := []interface{}{}
	for _, c := range s.st.conns {
		if c.Cat == g.UID {
			out = append(out, s.connView(c))
		}
	}
	for _, c := range s.st.comps {
		if c.Cat == g.UID {
			out = append(out, s.compView(c))
		}
	}
	return out
}

func (s *Server) getGroup(w http.ResponseWriter, r *http.Request, id string) {
	g := s.findGroup(id)
	if g == nil {
		s.fail(w, "not_found", "group "+id+" not found")
		return
	}
	items := s.groupItems(g)
	if s.brk == "created-not-listed" {
		var kept []interface{}
		for _, it := range items {
			m := it.(obj)
			if u, _ := m[s.p.ConnIDKey].(string); s.st.counter["created:"+u] > 0 {
				continue
			}
			kept = append(kept, it)
		}
		items = kept
	}
	v := s.wrapList("items", items)
	if m, isMap := v.(obj); isMap && s.p.Name != "lenient" {
		m["group"] = s.groupView(g)
	}
	s.ok(w, v)
}

func (s *Server) nameTaken(name string, except *Group) bool {
	if !s.p.UniqueGroupNames {
		return false
	}
	for _, g := range s.st.groups {
		if g != except && strings.EqualFold(g.Name, name) {
			return true
		}
	}
	return false
}

func (s *Server) createGroup(w http.ResponseWriter, r *http.Request) {
	body, ok := s.readBody(w, r)
	if !ok || !s.checkUnknown(w, body, "name") {
		return
	}
	name, present, ok := s.name(w, body)
	if !ok {
		return
	}
	if !present {
		s.fail(w, "invalid", "name is required")
		return
	}
	if s.nameTaken(name, nil) {
		s.fail(w, "conflict", "a group named "+name+" exists")
		return
	}
	g := &Group{UID: s.st.newID("group"), Name: name}
	s.st.groups = append(s.st.groups, g)
	key := "group_uid"
	if s.brk == "group-uid-key" {
		key = "id"
	}
	s.created(w, s.createReply(key, g.UID, s.groupView(g)))
}

func (s *Server) updateGroup(w http.ResponseWriter, r *http.Request, id string) {
	g := s.findGroup(id)
	if g == nil {
		s.fail(w, "not_found", "group "+id+" not found")
		return
	}
	body, ok := s.readBody(w, r)
	if !ok || !s.checkUnknown(w, body, "name") {
		return
	}
	name, present, ok := s.name(w, body)
	if !ok {
		return
	}
	if !present && !s.p.PartialUpdates {
		s.fail(w, "invalid", "name is required")
		return
	}
	if present {
		if s.nameTaken(name, g) {
			s.fail(w, "conflict", "a group named "+name+" exists")
			return
		}
		if s.brk != "rename-ignored" {
			g.Name = name
		}
	}
	s.updateReply(w, s.groupView(g))
}

func (s *Server) deleteGroup(w http.ResponseWriter, r *http.Request, id string) {
	g := s.findGroup(id)
	if g == nil {
		s.fail(w, "not_found", "group "+id+" not found")
		return
	}
	nonEmpty := len(s.groupItems(g)) > 0
	if nonEmpty {
		switch s.p.DeleteNonEmpty {
		case "refuse":
			s.fail(w, "conflict", "group "+g.UID+" is not empty")
			return
		case "cascade":
			var keep []*Conn
			for _, c := range s.st.conns {
				if c.Cat != g.UID {
					keep = append(keep, c)
				}
			}
			s.st.conns = keep
			for _, c := range s.st.comps {
				if c.Cat == g.UID {
					c.Cat = ""
				}
			}
		default: // move out of any group
			for _, c := range s.st.conns {
				if c.Cat == g.UID {
					c.Cat = ""
				}
			}
			for _, c := range s.st.comps {
				if c.Cat == g.UID {
					c.Cat = ""
				}
			}
		}
	}
	var keep []*Group
	for _, x := range s.st.groups {
		if x != g {
			keep = append(keep, x)
		}
	}
	s.st.groups = keep
	s.deleteReply(w, g.UID)
}

// ---------- connections ----------

func (s *Server) connFields(w http.ResponseWriter, body obj, c *Conn, creating bool) bool {
	if !s.checkUnknown(w, body, "name", "category_uid", s.p.TypeKey, s.p.AddrKey) {
		return false
	}
	name, hasName, ok := s.name(w, body)
	if !ok {
		return false
	}
	cat, hasCat, ok := s.category(w, body, !creating)
	if !ok {
		return false
	}
	if creating {
		if !hasName {
			s.fail(w, "invalid", "name is required")
			return false
		}
		if !hasCat {
			if !s.p.DefaultCategory || len(s.st.groups) == 0 {
				s.fail(w, "invalid", "category_uid is required")
				return false
			}
			cat, hasCat = s.st.groups[0].UID, true
		}
	} else if !s.p.PartialUpdates && (!hasName || !hasCat) {
		s.fail(w, "invalid", "name and category_uid are required")
		return false
	}
	typ := c.Type
	if v, present := body[s.p.TypeKey]; present {
		str, _ := v.(string)
		typ = ""
		for _, ct := range connTypes {
			if s.eq(ct, str) {
				typ = ct
			}
		}
		if typ == "" {
			s.fail(w, "invalid", s.p.TypeKey+" must be one of "+strings.Join(connTypes, ", "))
			return false
		}
	}
	addr := c.Addr
	if v, present := body[s.p.AddrKey]; present {
		str, isStr := v.(string)
		if !isStr && v != nil {
			s.fail(w, "invalid", s.p.AddrKey+" must be a string")
			return false
		}
		addr = str
	}
	if hasName {
		c.Name = name
	}
	if hasCat && !(s.brk == "move-ignored" && !creating) {
		c.Cat = cat
	}
	if typ != c.Type && c.Type != "" {
		c.Creds = nil // credentials keys belong to the type
	}
	c.Type, c.Addr = typ, addr
	return true
}

func (s *Server) createConn(w http.ResponseWriter, r *http.Request) {
	body, ok := s.readBody(w, r)
	if !ok {
		return
	}
	c := &Conn{Type: s.p.DefaultConnType}
	if !s.connFields(w, body, c, true) {
		return
	}
	c.UID = s.st.newID("conn")
	s.st.conns = append(s.st.conns, c)
	s.st.counter["created:"+c.UID] = 1
	s.created(w, s.createReply("uid", c.UID, s.connView(c)))
}

func (s *Server) withConn(w http.ResponseWriter, id string, f func(c *Conn)) {
	c := s.findConn(id)
	if c == nil {
		s.fail(w, "not_found", "connection "+id+" not found")
		return
	}
	f(c)
}

func (s *Server) getConn(w http.ResponseWriter, r *http.Request, id string) {
	s.withConn(w, id, func(c *Conn) { s.ok(w, s.wrapObj(s.connView(c))) })
}

func (s *Server) updateConn(w http.ResponseWriter, r *http.Request, id string) {
	s.withConn(w, id, func(c *Conn) {
		body, ok := s.readBody(w, r)
		if !ok {
			return
		}
		cp := *c
		if !s.connFields(w, body, &cp, false) {
			return
		}
		*c = cp
		s.updateReply(w, s.connView(c))
	})
}

func (s *Server) deleteConn(w http.ResponseWriter, r *http.Request, id string) {
	s.withConn(w, id, func(c *Conn) {
		if s.brk != "deleted-readable" {
			var keep []*Conn
			for _, x := range s.st.conns {
				if x != c {
					keep = append(keep, x)
				}
			}
			s.st.conns = keep
		}
		s.deleteReply(w, c.UID)
	})
}

// mergeCreds applies a credentials body; null removes a key.
func (s *Server) mergeCreds(w http.ResponseWriter, body obj, typ string, dst map[string]interface{}) (map[string]interface{}, bool) {
	allowed := credKeys(typ)
	isAllowed := func(k string) bool {
		for _, a := range allowed {
			if a == k {
				return true
			}
		}
		return false
	}
	if s.p.StrictCreds {
		if len(body) == 0 {
			s.fail(w, "invalid", "no credentials given")
			return nil, false
		}
		for k, v := range body {
			if !isAllowed(k) {
				s.fail(w, "invalid", k+" is not a credential of a "+typ+" connection (allowed: "+strings.Join(allowed, ", ")+")")
				return nil, false
			}
			if _, isStr := v.(string); !isStr && v != nil {
				s.fail(w, "invalid", k+" must be a string")
				return nil, false
			}
		}
	}
	out := map[string]interface{}{}
	for k, v := range dst {
		out[k] = v
	}
	for k, v := range body {
		if !isAllowed(k) && !s.p.StoreUnknown && !s.p.StrictCreds {
			continue // unknown credential keys silently dropped
		}
		if v == nil {
			delete(out, k)
			continue
		}
		if n, isNum := v.(json.Number); isNum {
			v = n.String()
		}
		out[k] = v
	}
	return out, true
}

func (s *Server) putConnCreds(w http.ResponseWriter, r *http.Request, id string) {
	s.withConn(w, id, func(c *Conn) {
		body, ok := s.readBody(w, r)
		if !ok {
			return
		}
		merged, ok := s.mergeCreds(w, body, c.Type, c.Creds)
		if !ok {
			return
		}
		if s.brk != "creds-not-stored" {
			c.Creds = merged
		}
		s.updateReply(w, s.credsView(c.Creds))
	})
}

func (s *Server) getConnCreds(w http.ResponseWriter, r *http.Request, id string) {
	s.withConn(w, id, func(c *Conn) {
		if len(c.Creds) == 0 && s.p.EmptyCreds404 {
			s.fail(w, "not_found", "no credentials stored")
			return
		}
		s.ok(w, s.wrapObj(s.credsView(c.Creds)))
	})
}

func (s *Server) deleteConnCreds(w http.ResponseWriter, r *http.Request, id string) {
	s.withConn(w, id, func(c *Conn) {
		if len(c.Creds) == 0 && s.p.EmptyCreds404 {
			s.fail(w, "not_found", "no credentials stored")
			return
		}
		c.Creds = nil
		s.deleteReply(w, c.UID)
	})
}

func (s *Server) connect(w http.ResponseWriter, r *http.Request, id string) {
	s.withConn(w, id, func(c *Conn) { s.actionReply(w, c.UID, "connect") })
}

// ---------- computers ----------

func (s *Server) withComp(w http.ResponseWriter, id string, f func(c *Computer)) {
	c := s.findComp(id)
	if c == nil {
		s.fail(w, "not_found", "computer "+id+" not found")
		return
	}
	f(c)
}

func (s *Server) withCConn(w http.ResponseWriter, id, key string, f func(c *Computer, cc *CConn)) {
	s.withComp(w, id, func(c *Computer) {
		cc := s.findCConn(c, key)
		if cc == nil {
			s.fail(w, "not_found", "computer "+c.ID+" has no "+key+" connection")
			return
		}
		f(c, cc)
	})
}

func (s *Server) getComp(w http.ResponseWriter, r *http.Request, id string) {
	s.withComp(w, id, func(c *Computer) { s.ok(w, s.wrapObj(s.compView(c))) })
}

func (s *Server) updateComp(w http.ResponseWriter, r *http.Request, id string) {
	s.withComp(w, id, func(c *Computer) {
		body, ok := s.readBody(w, r)
		if !ok || !s.checkUnknown(w, body, "name", "category_uid") {
			return
		}
		name, hasName, ok := s.name(w, body)
		if !ok {
			return
		}
		cat, hasCat, ok := s.category(w, body, true)
		if !ok {
			return
		}
		if !s.p.PartialUpdates && (!hasName || !hasCat) {
			s.fail(w, "invalid", "name and category_uid are required")
			return
		}
		if hasName {
			c.Name = name
		}
		if hasCat {
			c.Cat = cat
		}
		s.updateReply(w, s.compView(c))
	})
}

func (s *Server) deleteComp(w http.ResponseWriter, r *http.Request, id string) {
	s.withComp(w, id, func(c *Computer) {
		if s.brk != "computer-delete-noop" {
			var keep []*Computer
			for _, x := range s.st.comps {
				if x != c {
					keep = append(keep, x)
				}
			}
			s.st.comps = keep
		}
		s.deleteReply(w, c.ID)
	})
}

func (s *Server) getSettings(w http.ResponseWriter, r *http.Request, id, key string) {
	s.withCConn(w, id, key, func(c *Computer, cc *CConn) { s.ok(w, s.settingsView(cc)) })
}

func sameKind(a, b interface{}) bool {
	switch a.(type) {
	case bool:
		_, ok := b.(bool)
		return ok
	case string:
		_, ok := b.(string)
		return ok
	case int, float64, json.Number:
		_, ok := b.(json.Number)
		return ok
	}
	return true
}

func (s *Server) putSettings(w http.ResponseWriter, r *http.Request, id, key string) {
	s.withCConn(w, id, key, func(c *Computer, cc *CConn) {
		body, ok := s.readBody(w, r)
		if !ok {
			return
		}
		defs := s.p.Defaults[cc.Type]
		if s.p.StrictSettings {
			if len(body) == 0 {
				s.fail(w, "invalid", "no settings given")
				return
			}
			for k, v := range body {
				d, known := defs[k]
				if !known {
					s.fail(w, "invalid", "unknown setting "+k+" for "+cc.Type)
					return
				}
				if v != nil && !sameKind(d, v) {
					s.fail(w, "invalid", fmt.Sprintf("setting %s must be of the same type as its default %v", k, d))
					return
				}
			}
		}
		over := map[string]interface{}{}
		if s.brk != "partial-replaces" {
			for k, v := range cc.Over {
				over[k] = v
			}
		}
		for k, v := range body {
			_, known := defs[k]
			if !known && !s.p.StoreUnknown && !s.p.StrictSettings {
				continue // unknown setting keys silently dropped
			}
			if v == nil && s.brk != "null-no-reset" {
				delete(over, k)
				continue
			}
			if n, isNum := v.(json.Number); isNum {
				if i, err := n.Int64(); err == nil {
					v = i
				} else if f, err := n.Float64(); err == nil {
					v = f
				}
			}
			over[k] = v
		}
		if s.brk != "settings-put-ignored" {
			cc.Over = over
		}
		s.updateReply(w, s.settingsRaw(cc))
	})
}

func (s *Server) deleteSettings(w http.ResponseWriter, r *http.Request, id, key string) {
	s.withCConn(w, id, key, func(c *Computer, cc *CConn) {
		if s.p.DeleteConnSetting == "remove" {
			var keep []*CConn
			for _, x := range c.Conns {
				if x != cc {
					keep = append(keep, x)
				}
			}
			c.Conns = keep
		} else {
			cc.Over = map[string]interface{}{}
		}
		s.deleteReply(w, cc.Key())
	})
}

func (s *Server) getCompCreds(w http.ResponseWriter, r *http.Request, id, key string) {
	s.withCConn(w, id, key, func(c *Computer, cc *CConn) {
		if len(cc.Creds) == 0 && s.p.EmptyCreds404 {
			s.fail(w, "not_found", "no credentials stored for "+cc.Key())
			return
		}
		s.ok(w, s.wrapObj(s.credsView(cc.Creds)))
	})
}

func (s *Server) putCompCreds(w http.ResponseWriter, r *http.Request, id, key string) {
	s.withCConn(w, id, key, func(c *Computer, cc *CConn) {
		body, ok := s.readBody(w, r)
		if !ok {
			return
		}
		merged, ok := s.mergeCreds(w, body, cc.Type, cc.Creds)
		if !ok {
			return
		}
		cc.Creds = merged
		s.updateReply(w, s.credsView(cc.Creds))
	})
}

func (s *Server) deleteCompCreds(w http.ResponseWriter, r *http.Request, id, key string) {
	s.withCConn(w, id, key, func(c *Computer, cc *CConn) {
		if len(cc.Creds) == 0 && s.p.EmptyCreds404 {
			s.fail(w, "not_found", "no credentials stored for "+cc.Key())
			return
		}
		if s.brk != "creds-delete-noop" {
			cc.Creds = map[string]interface{}{}
		}
		s.deleteReply(w, cc.Key())
	})
}

func (s *Server) compAction(w http.ResponseWriter, r *http.Request, id, action string) {
	s.withComp(w, id, func(c *Computer) { s.actionReply(w, c.ID, strings.ToLower(action)) })
}

func (s *Server) connAction(w http.ResponseWriter, r *http.Request, id, key, action string) {
	s.withCConn(w, id, key, func(c *Computer, cc *CConn) {
		for _, a := range s.actionsOf(cc) {
			if s.eq(a, action) {
				if s.brk == "action-refused" && a == "curtain" {
					s.writeJSON(w, 403, obj{"error": "action refused"})
					return
				}
				s.actionReply(w, c.ID+"/"+cc.Key(), a)
				return
			}
		}
		s.fail(w, "unknown_action", cc.Key()+" on computer "+c.ID+" has no action "+action)
	})
}
