"""Self-test of the independent Remotix server (stdlib unittest).

Run:  python3 -m unittest tests/independent-remotix/python/test_server.py

Every documented behaviour is one "check".  Each preset must pass every check;
each break must fail exactly the checks of the behaviour it breaks and pass all
the others.  Further tests pin down what each switch does, the transport, the
debug routes and the command line.
"""

from __future__ import annotations

import http.client
import json
import os
import re
import signal
import socket
import subprocess
import sys
import tempfile
import unittest

HERE = os.path.dirname(os.path.abspath(__file__))
SERVER = os.path.join(HERE, "server.py")
JSON_TYPES = {"application/vnd.remotix+json", "application/json; charset=utf-8", "application/json", "text/json"}
PRESETS = ["default", "bare", "wrapped-other", "strict", "loose"]


class Resp:
    def __init__(self, status, headers, body):
        self.status = status
        self.headers = headers
        self.body = body

    @property
    def ctype(self):
        return self.headers.get("Content-Type", "")

    def json(self):
        return json.loads(self.body.decode("utf-8"))

    def __repr__(self):
        return f"<{self.status} {self.ctype} {self.body[:200]!r}>"


class Srv:
    """One server subprocess and a keep-alive client for it."""

    def __init__(self, *args):
        self.args = list(args)
        self.proc = subprocess.Popen([sys.executable, SERVER, "--port", "0", *args],
                                     stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        self.port = None
        self.conn = None

    def wait_ready(self):
        if self.port is None:
            line = self.proc.stdout.readline()
            if not line.startswith("LISTENING "):
                raise RuntimeError(f"server did not start: {line!r} {self.proc.stderr.read()}")
            self.port = int(line.split()[1])
            self.cfg = self.get_debug("/config")
            self.prefix = self.cfg["debug_prefix"]
        return self

    def req(self, method, path, body=None, headers=None, raw=None):
        if self.conn is None:
            self.conn = http.client.HTTPConnection("127.0.0.1", self.port, timeout=10)
        hdrs = dict(headers or {})
        data = raw
        if body is not None:
            data = json.dumps(body).encode()
        if data is not None:
            hdrs.setdefault("Content-Type", "application/json")
        for attempt in (1, 2):
            try:
                self.conn.request(method, path, body=data, headers=hdrs)
                r = self.conn.getresponse()
                resp = Resp(r.status, r.headers, r.read())
                if r.will_close:
                    self.conn.close()
                return resp
            except (http.client.RemoteDisconnected, ConnectionResetError, BrokenPipeError):
                self.conn.close()
                if attempt == 2:
                    raise

    def get_debug(self, sub, method="GET"):
        prefix = getattr(self, "prefix", None) or self._prefix_arg()
        r = self.req(method, prefix + sub)
        assert r.status == 200, r
        return r.json()

    def _prefix_arg(self):
        if "--debug-prefix" in self.args:
            return "/" + self.args[self.args.index("--debug-prefix") + 1].strip("/")
        return "/__independent"

    def reset(self):
        self.get_debug("/reset", "POST")

    def stop(self, sig=signal.SIGTERM):
        if self.conn:
            self.conn.close()
        if self.proc.poll() is None:
            self.proc.send_signal(sig)
        try:
            rc = self.proc.wait(timeout=10)
        finally:
            self.proc.stdout.close()
            self.proc.stderr.close()
        return rc


class Api:
    """Reads answers of one server according to its own configuration."""

    def __init__(self, srv: Srv):
        self.s = srv
        self.c = srv.cfg["choices"]
        self.defaults = srv.cfg["settings_defaults"]
        self.idk = self.c["id_key"]
        self.namek = self.c["name_key"]
        self.groupk = self.c["group_key"]

    # answers ------------------------------------------------------------------
    def ok(self, r: Resp, switch=None):
        """A success: 200, and JSON unless `switch` is set to answer with an empty body."""
        assert r.status == 200, f"expected 200, got {r}"
        if not r.body:
            assert switch and self.c[switch] == "empty", f"empty success body: {r}"
            return None
        assert r.ctype in JSON_TYPES, f"success not sent as JSON: {r}"
        return r.json()

    def err(self, r: Resp):
        assert 400 <= r.status < 500, f"expected 4xx, got {r}"
        return r

    def unwrap(self, obj):
        shape = self.c["list_shape"]
        if shape == "bare":
            assert isinstance(obj, list), obj
            return obj
        if shape == "nested":
            return obj["data"]["items"]
        return obj[shape]

    # reads ---------------------------------------------------------------------
    def groups(self):
        return self.unwrap(self.ok(self.s.req("GET", "/groups")))

    def group_names(self):
        return [g[self.namek] for g in self.groups()]

    def members(self, uid):
        j = self.ok(self.s.req("GET", f"/group/{uid}"))
        mode = self.c["group_detail"]
        if mode == "mixed":
            items = self.unwrap(j)
            return ([i for i in items if i["kind"] == "connection"], [i for i in items if i["kind"] == "computer"])
        if mode == "split":
            return j["links"], j["machines"]
        return j["contents"]["connections"], j["contents"]["computers"]

    def member_names(self, uid):
        conns, comps = self.members(uid)
        return [i[self.namek] for i in conns], [i[self.namek] for i in comps]

    def state(self):
        return self.s.get_debug("/state")

    def group_uid(self, name):
        return next(g["uid"] for g in self.state()["groups"] if g["name"] == name)

    def conn_uid(self, name):
        return next(c["uid"] for c in self.state()["connections"] if c["name"] == name)

    def computer_id(self, name):
        return next(m["id"] for m in self.state()["computers"] if m["name"] == name)

    def settings(self, cid, conn):
        j = self.ok(self.s.req("GET", f"/computer/{cid}/{conn}"))
        return j if self.c["settings_shape"] == "flat" else j["settings"]

    def conn_names(self, cid):
        items = self.ok(self.s.req("GET", f"/computer/{cid}/connections"))
        items = self.unwrap(items)
        shape = self.c["connections_shape"]
        if shape == "strings":
            return list(items)
        if shape == "objects":
            return [i["name"] for i in items]
        return [i["path"].rsplit("/", 1)[1] for i in items]

    def action_paths(self, cid):
        j = self.ok(self.s.req("GET", f"/computer/{cid}/actions"))
        shape = self.c["actions_shape"]
        if shape == "map":
            out = []
            for conn, acts in j.items():
                for a in acts:
                    out.append(f"/computer/{cid}/{a}" if conn == "computer" else f"/computer/{cid}/{conn}/{a}")
            return out
        items = self.unwrap(j)
        if shape == "paths":
            return list(items)
        if shape == "objects":
            return [f"/computer/{cid}/{i['connection']}/{i['action']}" if i["connection"] else f"/computer/{cid}/{i['action']}"
                    for i in items]
        return [f"/computer/{cid}/{i}" for i in items]

    # tolerant writes for set-up (any 2xx) ----------------------------------------
    def make_group(self, name):
        r = self.s.req("PUT", "/group/", {"name": name})
        assert 200 <= r.status < 300, r
        return r.json()["group_uid"]

    def make_connection(self, name, group):
        r = self.s.req("PUT", "/connection/", {"name": name, "category_uid": group})
        assert 200 <= r.status < 300, r
        return r.json()["uid"]


# ---------------------------------------------------------------------------
# Checks: one documented behaviour each.  A check raises on failure.
# ---------------------------------------------------------------------------

def check_group_create(a: Api):
    r = a.s.req("PUT", "/group/", {"name": "Created Group"})
    j = a.ok(r)
    assert isinstance(j, dict) and isinstance(j.get("group_uid"), str) and j["group_uid"], j
    a.ok(a.s.req("GET", f"/group/{j['group_uid']}"))


def check_group_create_listed(a: Api):
    uid = a.make_group("Listed Group")
    groups = a.groups()
    assert any(g[a.idk] == uid and g[a.namek] == "Listed Group" for g in groups), groups


def check_group_rename(a: Api):
    uid = a.group_uid("Home Lab")
    a.ok(a.s.req("PUT", f"/group/{uid}", {"name": "Home Lab 2"}), "update_body")
    names = a.group_names()
    assert "Home Lab 2" in names and "Home Lab" not in names, names


def check_group_delete_unreadable(a: Api):
    uid = a.group_uid("Archive (empty)")
    a.ok(a.s.req("DELETE", f"/group/{uid}"), "delete_body")
    a.err(a.s.req("GET", f"/group/{uid}"))
    a.err(a.s.req("PUT", f"/group/{uid}", {"name": "again"}))


def check_group_delete_unlisted(a: Api):
    uid = a.group_uid("Archive (empty)")
    a.ok(a.s.req("DELETE", f"/group/{uid}"), "delete_body")
    assert uid not in [g[a.idk] for g in a.groups()]


def check_nearby(a: Api):
    items = a.unwrap(a.ok(a.s.req("GET", "/nearby")))
    assert len(items) >= 3 and all(isinstance(i, dict) for i in items), items


def check_connection_create(a: Api):
    group = a.group_uid("Branch Office Lyon")
    j = a.ok(a.s.req("PUT", "/connection/", {"name": "New Conn", "category_uid": group}))
    assert isinstance(j, dict) and isinstance(j.get("uid"), str) and j["uid"], j


def check_connection_create_listed(a: Api):
    group = a.group_uid("Branch Office Lyon")
    a.make_connection("Listed Conn", group)
    conns, _ = a.member_names(group)
    assert "Listed Conn" in conns, conns


def check_connection_rename(a: Api):
    uid = a.conn_uid("Render Node 3")
    group = a.group_uid("Studio Racks")
    a.ok(a.s.req("PUT", f"/connection/{uid}", {"name": "Render Node 3b", "category_uid": group}), "update_body")
    conns, _ = a.member_names(group)
    assert "Render Node 3b" in conns and "Render Node 3" not in conns, conns


def check_connection_move(a: Api):
    uid = a.conn_uid("Lyon Print Server")
    lyon, lab = a.group_uid("Branch Office Lyon"), a.group_uid("Home Lab")
    a.ok(a.s.req("PUT", f"/connection/{uid}", {"name": "Lyon Print Server", "category_uid": lab}), "update_body")
    assert "Lyon Print Server" not in a.member_names(lyon)[0]
    assert "Lyon Print Server" in a.member_names(lab)[0]


def check_connection_credentials_put(a: Api):
    cases = {
        "Render Node 3": {"rxp.username": "n-user", "rxp.password": "n-pass"},
        "Lyon Reception PC": {"rdp.username": "r-user", "rdp.password": "r-pass", "rdp.domain": "R-DOM"},
        "Mixing Desk Mac": {"apple.username": "a-user", "apple.password": "a-pass"},
    }
    for name, creds in cases.items():
        a.ok(a.s.req("PUT", f"/connection/{a.conn_uid(name)}/credentials", creds), "update_body")
    stored = {c["name"]: c["credentials"] for c in a.state()["connections"]}
    for name, creds in cases.items():
        for k, v in creds.items():
            assert stored[name].get(k) == v, (name, stored[name])


def check_connection_credentials_delete(a: Api):
    uid = a.conn_uid("Lyon Print Server")
    a.ok(a.s.req("DELETE", f"/connection/{uid}/credentials"), "delete_body")
    stored = next(c for c in a.state()["connections"] if c["uid"] == uid)
    assert stored["credentials"] == {}, stored


def check_connection_delete_unreadable(a: Api):
    uid = a.conn_uid("Garage NAS")
    a.ok(a.s.req("DELETE", f"/connection/{uid}"), "delete_body")
    if a.c["connection_reads"] == "on":
        a.err(a.s.req("GET", f"/connection/{uid}"))
    a.err(a.s.req("PUT", f"/connection/{uid}", {"name": "ghost"}))
    a.err(a.s.req("DELETE", f"/connection/{uid}"))
    a.err(a.s.req("ACTION", f"/connection/{uid}/connect"))


def check_connection_delete_unlisted(a: Api):
    uid = a.conn_uid("Pi Console")
    a.ok(a.s.req("DELETE", f"/connection/{uid}"), "delete_body")
    assert "Pi Console" not in a.member_names(a.group_uid("Home Lab"))[0]


def check_connection_connect(a: Api):
    for name in ("Render Node 3", "Lyon Reception PC", "Mixing Desk Mac"):
        a.ok(a.s.req("ACTION", f"/connection/{a.conn_uid(name)}/connect"), "action_body")


def check_computer_get(a: Api):
    j = a.ok(a.s.req("GET", "/computer/123456"))
    assert isinstance(j, dict) and j[a.idk] == "123456" and j[a.namek] == "Workstation Atlas", j
    for m in a.state()["computers"]:
        a.ok(a.s.req("GET", f"/computer/{m['id']}"))


def check_computer_connections(a: Api):
    names = a.conn_names("123456")
    assert {"VNC", "RDP_3390", "NEAR"} <= set(names), names


def check_computer_connection_get(a: Api):
    for conn in ("VNC", "RDP_3390", "NEAR"):
        assert isinstance(a.settings("123456", conn), dict)
        creds = a.ok(a.s.req("GET", f"/computer/123456/{conn}/credentials"))
        assert isinstance(creds, dict) and creds, creds


def check_computer_rename(a: Api):
    studio = a.group_uid("Studio Racks")
    a.ok(a.s.req("PUT", "/computer/123456", {"name": "Atlas Renamed", "category_uid": studio}), "update_body")
    assert a.ok(a.s.req("GET", "/computer/123456"))[a.namek] == "Atlas Renamed"


def check_computer_move(a: Api):
    studio, lyon = a.group_uid("Studio Racks"), a.group_uid("Branch Office Lyon")
    a.ok(a.s.req("PUT", "/computer/123456", {"name": "Workstation Atlas", "category_uid": lyon}), "update_body")
    assert "Workstation Atlas" not in a.member_names(studio)[1]
    assert "Workstation Atlas" in a.member_names(lyon)[1]


def _two_keys(a: Api, ctype):
    keys = list(a.defaults[ctype])
    return keys[0], keys[1:]


def check_partial_put(a: Api):
    for conn, ctype in (("VNC", "VNC"), ("RDP_3390", "RDP"), ("NEAR", "NEAR")):
        before = a.settings("123456", conn)
        key, others = _two_keys(a, ctype)
        new = "changed-value"
        a.ok(a.s.req("PUT", f"/computer/123456/{conn}", {key: new}), "update_body")
        after = a.settings("123456", conn)
        assert after.get(key) == new, after
        for k in others:
            assert after.get(k) == before.get(k), (conn, k, before, after)


def check_null_reset(a: Api):
    for conn, ctype in (("VNC", "VNC"), ("RDP_3390", "RDP"), ("NEAR", "NEAR")):
        before = a.settings("123456", conn)
        key = next(k for k, v in a.defaults[ctype].items() if before.get(k) != v)  # seed holds non-defaults
        a.ok(a.s.req("PUT", f"/computer/123456/{conn}", {key: None}), "update_body")
        after = a.settings("123456", conn)
        if a.c["null_mode"] == "default":
            assert after.get(key) == a.defaults[ctype][key], (conn, key, after)
        else:
            assert key not in after, (conn, key, after)


def check_computer_delete_unreadable(a: Api):
    cid = a.computer_id("Build Box Orion")
    a.ok(a.s.req("DELETE", f"/computer/{cid}"), "delete_body")
    a.err(a.s.req("GET", f"/computer/{cid}"))
    a.err(a.s.req("GET", f"/computer/{cid}/actions"))


def check_computer_delete_unlisted(a: Api):
    cid = a.computer_id("Lobby Kiosk")
    lyon = a.group_uid("Branch Office Lyon")
    a.ok(a.s.req("DELETE", f"/computer/{cid}"), "delete_body")
    assert "Lobby Kiosk" not in a.member_names(lyon)[1]


def check_computer_connection_delete_unreadable(a: Api):
    a.ok(a.s.req("DELETE", "/computer/123456/RDP_3390"), "delete_body")
    a.err(a.s.req("GET", "/computer/123456/RDP_3390"))


def check_computer_connection_delete_unlisted(a: Api):
    cid = a.computer_id("Build Box Orion")
    a.ok(a.s.req("DELETE", f"/computer/{cid}/VNC_5901"), "delete_body")
    assert "VNC_5901" not in a.conn_names(cid)
    assert not any("/VNC_5901/" in p for p in a.action_paths(cid))


def check_computer_credentials_delete(a: Api):
    a.ok(a.s.req("DELETE", "/computer/123456/NEAR/credentials"), "delete_body")
    r = a.s.req("GET", "/computer/123456/NEAR/credentials")
    if a.c["empty_credentials_read"] == "404":
        assert r.status == 404, r  # none stored: the reference does not say what that read answers
    else:
        assert a.ok(r) == {}, r


def check_computer_actions_accepted(a: Api):
    for m in a.state()["computers"]:
        paths = a.action_paths(m["id"])
        assert paths, m["id"]
        for p in paths:
            a.ok(a.s.req("ACTION", p), "action_body")
    paths = a.action_paths("123456")
    for want in ("NEAR/control", "NEAR/curtain", "NEAR/observe", "NEAR/ft", "VNC/control", "RDP_3390/control"):
        assert f"/computer/123456/{want}" in paths, paths


def check_item_counts(a: Api):
    if a.c["extras"] != "full":
        return
    lyon = a.group_uid("Branch Office Lyon")
    count = lambda: next(g["item_count"] for g in a.groups() if g[a.idk] == lyon)  # noqa: E731
    before = count()
    a.make_connection("Counted", lyon)
    assert count() == before + 1
    a.ok(a.s.req("DELETE", f"/computer/{a.computer_id('Lobby Kiosk')}"), "delete_body")
    assert count() == before


def check_errors_are_4xx(a: Api):
    s = a.s
    studio = a.group_uid("Studio Racks")
    render = a.conn_uid("Render Node 3")
    before = a.state()
    a.err(s.req("GET", "/group/does-not-exist"))
    a.err(s.req("PUT", "/group/", raw=b"{bad json"))
    a.err(s.req("PUT", "/group/", raw=b"[1, 2]"))
    a.err(s.req("PUT", "/group/", {"name": 5}))
    a.err(s.req("PUT", f"/group/{studio}", {"name": ""}))
    a.err(s.req("PUT", "/connection/", {"name": "x", "category_uid": "no-such-group"}))
    a.err(s.req("PUT", f"/connection/{render}", {"category_uid": "no-such-group"}))
    a.err(s.req("GET", "/nowhere"))
    a.err(s.req("GET", f"/connection/{render}/connect"))
    a.err(s.req("DELETE", "/connection/does-not-exist"))
    a.err(s.req("ACTION", "/connection/does-not-exist/connect"))
    a.err(s.req("GET", "/computer/999999999999"))
    a.err(s.req("GET", "/computer/123456/SSH"))
    a.err(s.req("ACTION", "/computer/123456/VNC/observe"))
    a.err(s.req("ACTION", "/computer/123456/SSH/control"))
    a.err(s.req("PUT", "/computer/123456", raw=b"\xff\xfe"))
    after = a.state()
    for k in ("groups", "connections", "computers"):
        assert before[k] == after[k], k


CHECKS = {name[len("check_"):]: fn for name, fn in globals().items() if name.startswith("check_")}

BREAK_EXPECT = {
    "null-no-reset": {"null_reset"},
    "rename-noop": {"group_rename", "connection_rename"},
    "move-noop": {"connection_move", "computer_move"},
    "partial-put-replaces": {"partial_put"},
    "computer-actions-refused": {"computer_actions_accepted"},
    "connection-connect-refused": {"connection_connect"},
    "stale-group-list": {"connection_create_listed", "connection_move", "computer_move"},
    "create-not-listed": {"group_create_listed", "connection_create_listed"},
    "delete-still-readable": {"group_delete_unreadable", "connection_delete_unreadable",
                              "computer_delete_unreadable", "computer_connection_delete_unreadable"},
    "delete-still-listed": {"group_delete_unlisted", "connection_delete_unlisted",
                            "computer_delete_unlisted", "computer_connection_delete_unlisted"},
    "credentials-put-ignored": {"connection_credentials_put"},
    "status-201-on-create": {"group_create", "connection_create"},
    "server-error": {"nearby"},
    "non-json-success": {"connection_credentials_delete"},
    "computer-rename-noop": {"computer_rename"},
    "group-delete-noop": {"group_delete_unreadable", "group_delete_unlisted"},
}
BREAK_PRESETS = ["default", "bare"]


def run_checks(srv: Srv) -> dict[str, str]:
    """Runs every check from fresh seed data; returns {failed check: reason}."""
    failed = {}
    for name, fn in CHECKS.items():
        srv.reset()
        try:
            fn(Api(srv))
        except Exception as exc:  # noqa: BLE001 - any exception is a failed check
            failed[name] = f"{exc.__class__.__name__}: {exc}"
    return failed


_servers: list[Srv] = []


def start_all(arg_lists):
    procs = [Srv(*args) for args in arg_lists]
    _servers.extend(procs)
    return [p.wait_ready() for p in procs]


def tearDownModule():
    for s in _servers:
        if s.proc.poll() is None:
            s.stop()


# ---------------------------------------------------------------------------

class PresetsHonourTheReference(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.servers = dict(zip(PRESETS, start_all([["--preset", p] for p in PRESETS])))

    def test_every_documented_behaviour_in_every_preset(self):
        for preset, srv in self.servers.items():
            with self.subTest(preset=preset):
                self.assertEqual(run_checks(srv), {})

    def test_presets_differ_from_each_other_a_lot(self):
        cfgs = {p: s.cfg["choices"] for p, s in self.servers.items()}
        for p in PRESETS:
            for q in PRESETS:
                if p < q:
                    diff = sum(1 for k in cfgs[p] if cfgs[p][k] != cfgs[q][k])
                    self.assertGreaterEqual(diff, 15, (p, q))

    def test_a_computer_with_digit_id_123456_in_every_preset(self):
        for preset, srv in self.servers.items():
            srv.reset()
            ids = [m["id"] for m in Api(srv).state()["computers"]]
            self.assertIn("123456", ids, preset)
            self.assertGreaterEqual(len(ids), 2)

    def test_seed_has_credentials_of_every_protocol(self):
        srv = self.servers["default"]
        srv.reset()
        st = Api(srv).state()
        protos = {c["protocol"] for c in st["connections"] if c["credentials"]}
        self.assertEqual(protos, {"NEAR", "RDP", "APPLE"})
        atlas = next(m for m in st["computers"] if m["id"] == "123456")
        self.assertEqual(set(atlas["connections"]), {"VNC", "RDP_3390", "NEAR"})
        self.assertTrue(all(c["credentials"] for c in atlas["connections"].values()))
        self.assertGreaterEqual(len(st["nearby"]), 3)


class BreaksBreakOneBehaviourEach(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        keys = [(b, p) for b in BREAK_EXPECT for p in BREAK_PRESETS]
        cls.servers = dict(zip(keys, start_all([["--preset", p, "--break", b] for b, p in keys])))

    def test_every_break_is_tested(self):
        out = subprocess.run([sys.executable, SERVER, "--list"], capture_output=True, text=True, check=True).stdout
        listed = re.findall(r"^  ([a-z0-9-]+)  -- ", out, re.M)
        self.assertEqual(set(listed), set(BREAK_EXPECT))

    def test_each_break_fails_exactly_its_behaviour(self):
        for (brk, preset), srv in self.servers.items():
            with self.subTest(brk=brk, preset=preset):
                expect = set(BREAK_EXPECT[brk])
                if brk == "delete-still-readable" and srv.cfg["choices"]["connection_reads"] == "off":
                    expect.discard("connection_delete_unreadable")  # no GET of a connection to stay readable
                failed = run_checks(srv)
                self.assertEqual(set(failed), expect, failed)

    def test_server_error_is_a_500(self):
        srv = self.servers[("server-error", "default")]
        self.assertEqual(srv.req("GET", "/nearby").status, 500)

    def test_status_201(self):
        srv = self.servers[("status-201-on-create", "default")]
        self.assertEqual(srv.req("PUT", "/group/", {"name": "x"}).status, 201)


# ---------------------------------------------------------------------------
# Switches, one by one
# ---------------------------------------------------------------------------

class Switches(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        variants = {
            "cascade": ["--choice", "group_delete=cascade"],
            "move": ["--choice", "group_delete=move"],
            "refuse": ["--choice", "group_delete=refuse", "--choice", "status_group_not_empty=409"],
            "strict": ["--preset", "strict"],
            "whole-updates": ["--preset", "strict", "--choice", "partial_update=refuse", "--choice", "empty_credentials_read=404"],
            "bare": ["--preset", "bare"],
            "wrapped": ["--preset", "wrapped-other"],
            "loose": ["--preset", "loose"],
            "default": [],
            "ids-int": ["--choice", "uid_shape=int", "--choice", "computer_ids=digits"],
            "ids-hex": ["--choice", "uid_shape=hex"],
            "merge": ["--choice", "credentials_put=merge", "--choice", "credentials_protocol=any"],
            "errors-error": ["--choice", "error_body=error", "--choice", "content_type=json-utf8",
                             "--choice", "method_not_allowed=405-allow", "--choice", "status_unknown_id=400"],
            "errors-text": ["--choice", "error_body=text", "--choice", "method_not_allowed=400"],
            "reset-conn": ["--choice", "computer_connection_delete=reset"],
            "prefix": ["--debug-prefix", "/_probe-x"],
        }
        cls.s = dict(zip(variants, start_all(list(variants.values()))))

    def setUp(self):
        for srv in self.s.values():
            srv.reset()

    def api(self, name):
        return Api(self.s[name])

    def test_group_delete_cascade_removes_items(self):
        a = self.api("cascade")
        lab = a.group_uid("Home Lab")
        nas, orion = a.conn_uid("Garage NAS"), a.computer_id("Build Box Orion")
        a.ok(a.s.req("DELETE", f"/group/{lab}"), "delete_body")
        names = {c["name"] for c in a.state()["connections"]}
        self.assertNotIn("Garage NAS", names)
        self.assertEqual(a.s.req("GET", f"/computer/{orion}").status, 410)  # gone: once existed
        self.assertEqual(a.s.req("PUT", f"/connection/{nas}", {"name": "x"}).status, 410)
        self.assertEqual(a.s.req("GET", "/computer/never-existed").status, 404)

    def test_group_delete_move_moves_items_to_first_other_group(self):
        a = self.api("move")
        lab, studio = a.group_uid("Home Lab"), a.group_uid("Studio Racks")
        a.ok(a.s.req("DELETE", f"/group/{lab}"), "delete_body")
        conns, comps = a.member_names(studio)
        self.assertIn("Garage NAS", conns)
        self.assertIn("Build Box Orion", comps)

    def test_group_delete_refuse_changes_nothing(self):
        a = self.api("refuse")
        lab = a.group_uid("Home Lab")
        before = a.state()
        self.assertEqual(a.s.req("DELETE", f"/group/{lab}").status, 409)
        self.assertEqual(before["groups"], a.state()["groups"])
        self.assertEqual(before["connections"], a.state()["connections"])

    def test_partial_update_refused_changes_nothing_and_the_whole_body_is_applied(self):
        a = self.api("whole-updates")
        render, studio = a.conn_uid("Render Node 3"), a.group_uid("Studio Racks")
        before = a.state()
        self.assertEqual(a.s.req("PUT", "/computer/123456", {"name": "only a name"}).status, 400)
        self.assertEqual(a.s.req("PUT", f"/connection/{render}", {"category_uid": studio}).status, 400)
        self.assertEqual(before, a.state())
        a.ok(a.s.req("PUT", "/computer/123456", {"name": "whole", "category_uid": studio}), "update_body")
        self.assertEqual(a.ok(a.s.req("GET", "/computer/123456"))[a.namek], "whole")
        a.ok(self.api("default").s.req("PUT", "/computer/123456", {"name": "alone"}), "update_body")

    def test_empty_computer_credentials_read_404_only_when_none_are_stored(self):
        a, d = self.api("whole-updates"), self.api("default")
        orion = a.computer_id("Build Box Orion")
        self.assertEqual(a.s.req("GET", f"/computer/{orion}/RDP/credentials").status, 404)
        self.assertEqual(d.ok(d.s.req("GET", f"/computer/{d.computer_id('Build Box Orion')}/RDP/credentials")), {})
        self.assertTrue(a.ok(a.s.req("GET", f"/computer/{orion}/VNC_5901/credentials")))
        a.ok(a.s.req("PUT", f"/computer/{orion}/RDP/credentials", {"rdp.username": "u"}), "update_body")
        self.assertEqual(a.ok(a.s.req("GET", f"/computer/{orion}/RDP/credentials")), {"rdp.username": "u"})

    def test_trailing_slashes(self):
        lenient, strict = self.s["default"], self.s["strict"]
        self.assertEqual(lenient.req("PUT", "/group", {"name": "no slash"}).status, 200)
        self.assertEqual(lenient.req("GET", "/groups/").status, 200)
        self.assertEqual(lenient.req("PUT", "/connection", {"name": "c"}).status, 200)
        self.assertEqual(strict.req("PUT", "/group", {"name": "no slash"}).status, 404)
        self.assertEqual(strict.req("GET", "/groups/").status, 404)
        self.assertEqual(strict.req("PUT", "/group/", {"name": "slash"}).status, 200)

    def test_strict_refuses_what_the_reference_does_not_show(self):
        a = self.api("strict")
        s = a.s
        studio = a.group_uid("Studio Racks")
        self.assertEqual(s.req("PUT", "/group/", {"name": "x", "colour": "red"}).status, 400)
        self.assertEqual(s.req("PUT", "/group/", raw=b'{"name":"x"}', headers={"Content-Type": "text/plain"}).status, 415)
        self.assertEqual(s.req("PUT", f"/group/{studio}").status, 400)  # no body
        self.assertEqual(s.req("GET", "/groups?x=1").status, 400)
        self.assertEqual(s.req("PUT", "/connection/", {"name": "no group"}).status, 400)
        self.assertEqual(s.req("PUT", "/computer/123456/VNC", {"no_such_setting": 1}).status, 400)
        self.assertEqual(s.req("PUT", "/computer/123456/VNC_5999", {"color_depth": 8}).status, 410)  # unknown id: 410
        self.assertEqual(s.req("ACTION", "/computer/123456/NEAR/control", {}).status, 400)
        self.assertEqual(s.req("GET", "/computer/123456/vnc").status, 410)  # exact case
        r = s.req("POST", "/groups")
        self.assertEqual((r.status, r.headers.get("Allow")), (405, "GET"))
        render = a.conn_uid("Render Node 3")  # protocol NEAR: RDP keys refused
        self.assertEqual(s.req("PUT", f"/connection/{render}/credentials", {"rdp.username": "x"}).status, 400)

    def test_default_is_lenient(self):
        a = self.api("default")
        s = a.s
        studio = a.group_uid("Studio Racks")
        self.assertEqual(s.req("PUT", "/group/", {"name": "x", "colour": "red"}).status, 200)
        self.assertEqual(s.req("PUT", "/group/", raw=b'{"name":"y"}', headers={"Content-Type": "text/plain"}).status, 200)
        self.assertEqual(s.req("PUT", f"/group/{studio}").status, 200)
        self.assertEqual(s.req("GET", "/groups?x=1").status, 200)
        j = a.ok(s.req("PUT", "/connection/", {"name": "no group"}))
        self.assertIsNone(j[a.groupk])  # ungrouped
        self.assertEqual(j["protocol"], "NEAR")
        self.assertEqual(s.req("PUT", "/computer/123456/VNC", {"my_key": 1}).status, 200)
        self.assertEqual(a.settings("123456", "VNC")["my_key"], 1)
        self.assertEqual(s.req("PUT", "/computer/123456/VNC_5999", {"color_depth": 8}).status, 404)
        self.assertEqual(s.req("ACTION", "/computer/123456/NEAR/control", raw=b"not json").status, 200)
        self.assertEqual(s.req("GET", "/computer/123456/vnc").status, 200)
        self.assertEqual(s.req("POST", "/groups").status, 404)  # method_not_allowed=404
        self.assertEqual(s.req("PUT", "/group/", raw=b"{bad").status, 422)
        render = a.conn_uid("Render Node 3")
        self.assertEqual(s.req("PUT", f"/connection/{render}/credentials", {"rdp.username": "x"}).status, 422)
        # replace: keys not given are dropped
        a.ok(s.req("PUT", f"/connection/{render}/credentials", {"rxp.password": "only"}), "update_body")
        stored = next(c for c in a.state()["connections"] if c["uid"] == render)["credentials"]
        self.assertEqual(stored, {"rxp.password": "only"})
        # deleting credentials that are not there
        nas = a.conn_uid("Garage NAS")
        self.assertEqual(s.req("DELETE", f"/connection/{nas}/credentials").status, 404)
        # uuid uids, mixed computer ids
        self.assertRegex(a.groups()[0]["id"], r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$")
        self.assertIn("a3f9c2d18e", [m["id"] for m in a.state()["computers"]])
        # success bodies
        j = a.ok(s.req("PUT", f"/group/{studio}", {"name": "Studio"}))
        self.assertEqual(j["title"], "Studio")
        self.assertIs(a.ok(s.req("DELETE", f"/connection/{nas}")), True)
        j = a.ok(s.req("ACTION", "/computer/123456/chat"))
        self.assertEqual(j["status"], "started")
        # error body and content type
        r = s.req("GET", "/group/nope")
        self.assertEqual(r.ctype, "application/vnd.remotix+json")
        self.assertEqual(set(r.json()), {"message", "code"})

    def test_loose_accepts_more(self):
        a = self.api("loose")
        s = a.s
        j = a.ok(s.req("PUT", "/computer/123456/VNC_5999", {"depth": 8}), "update_body")
        self.assertIs(j, True)
        self.assertEqual(a.settings("123456", "VNC_5999"), {"depth": 8, "zoom": 100, "ro": False})
        self.assertIn("VNC_5999", a.conn_names("123456"))
        self.assertEqual(s.req("PUT", "/computer/123456/VNC", {"unknown": 1}).status, 200)
        self.assertNotIn("unknown", a.settings("123456", "VNC"))  # ignored
        self.assertEqual(s.req("ACTION", "/computer/123456/NEAR/control", {"any": "json"}).status, 200)
        self.assertEqual(s.req("ACTION", "/computer/123456/NEAR/control", raw=b"not json").status, 422)
        render = a.conn_uid("Render Node 3")
        a.ok(s.req("PUT", f"/connection/{render}/credentials", {"whatever.key": "v"}), "update_body")
        stored = next(c for c in a.state()["connections"] if c["uid"] == render)["credentials"]
        self.assertEqual(stored["whatever.key"], "v")
        self.assertIn("rxp.password", stored)  # merged
        r = s.req("GET", "/group/nope")
        self.assertEqual((r.status, r.ctype), (404, "text/plain; charset=utf-8"))
        j = a.ok(s.req("PUT", "/connection/", {"name": "first group"}))
        self.assertEqual(j["category_uid"], a.group_uid("Studio Racks"))

    def test_bare_shapes(self):
        a = self.api("bare")
        s = a.s
        groups = a.ok(s.req("GET", "/groups"))
        self.assertIsInstance(groups, list)
        self.assertEqual(set(groups[0]), {"uid", "name"})
        self.assertRegex(groups[0]["uid"], r"^\d+$")
        self.assertIsInstance(a.ok(s.req("GET", "/computer/123456/connections")), list)
        self.assertIn("NEAR/control", a.ok(s.req("GET", "/computer/123456/actions")))
        cid = a.computer_id("Build Box Orion")
        self.assertRegex(cid, r"^\d+$")
        self.assertNotIn("chat", a.ok(s.req("GET", f"/computer/{cid}/actions")))  # chat needs NEAR
        self.assertEqual(s.req("ACTION", f"/computer/{cid}/chat").status, 400)
        r = s.req("PUT", f"/group/{a.group_uid('Studio Racks')}", {"name": "n"})
        self.assertEqual((r.status, r.body, r.headers.get("Content-Length")), (200, b"", "0"))
        j = a.ok(s.req("PUT", "/group/", {"name": "exact"}))
        self.assertEqual(set(j), {"group_uid"})
        r = s.req("GET", "/group/nope")
        self.assertEqual((r.status, r.body), (404, b""))
        self.assertEqual(s.req("GET", "/connection/" + a.conn_uid("Garage NAS")).status, 405)
        self.assertEqual(a.ok(s.req("GET", "/computer/123456/VNC/credentials")), {"password": "vnc-atlas"})
        a.ok(s.req("PUT", "/computer/123456/VNC", {"depth": None}), "update_body")
        self.assertEqual(a.settings("123456", "VNC")["depth"], 16)  # null stores the default
        self.assertEqual(s.req("DELETE", f"/group/{a.group_uid('Home Lab')}").status, 409)

    def test_wrapped_other_shapes(self):
        a = self.api("wrapped")
        s = a.s
        j = a.ok(s.req("GET", "/groups"))
        self.assertEqual(set(j), {"data"})
        self.assertEqual(set(j["data"]), {"items"})
        g = j["data"]["items"][0]
        self.assertRegex(g["key"], r"^[0-9a-f]{24}$")
        self.assertIn("label", g)
        self.assertIn("created_at", g)
        self.assertNotIn("item_count", g)
        detail = a.ok(s.req("GET", f"/group/{g['key']}"))
        self.assertEqual(set(detail), {"group", "contents"})
        acts = a.ok(s.req("GET", "/computer/123456/actions"))
        self.assertEqual(acts["NEAR"], ["control", "curtain", "observe", "ft"])
        self.assertEqual(acts["computer"], ["chat"])
        conns = a.unwrap(a.ok(s.req("GET", "/computer/123456/connections")))
        self.assertIn({"connection_type": "RDP", "port": 3390, "path": "/computer/123456/RDP_3390",
                       "has_credentials": True}, conns)
        self.assertEqual(a.ok(s.req("PUT", f"/group/{g['key']}", {"name": "n"})), {"status": "ok"})
        r = s.req("GET", "/group/nope")
        self.assertEqual((r.status, r.ctype, r.json()), (400, "text/json", {"error": "group nope not found"}))
        r = s.req("DELETE", "/groups")
        self.assertEqual((r.status, r.headers.get("Allow")), (405, "GET"))
        self.assertEqual(s.req("ACTION", "/computer/123456/VNC/observe").status, 422)

    def test_id_shapes(self):
        a = self.api("ids-int")
        self.assertTrue(all(re.fullmatch(r"\d+", g["id"]) for g in a.groups()))
        uid = a.make_group("n")
        self.assertRegex(uid, r"^\d+$")
        ids = [m["id"] for m in a.state()["computers"]]
        self.assertTrue(all(i.isdigit() for i in ids))
        self.assertIn("123456", ids)
        self.assertRegex(self.api("ids-hex").make_group("h"), r"^[0-9a-f]{24}$")
        self.assertRegex(self.api("strict").make_group("p"), r"^g_[0-9a-f]{10}$")

    def test_credentials_merge_and_any_protocol(self):
        a = self.api("merge")
        render = a.conn_uid("Render Node 3")
        a.ok(a.s.req("PUT", f"/connection/{render}/credentials", {"rxp.password": "new", "rdp.domain": "D"}), "update_body")
        stored = next(c for c in a.state()["connections"] if c["uid"] == render)["credentials"]
        self.assertEqual(stored, {"rxp.username": "render", "rxp.password": "new", "rdp.domain": "D"})
        a.ok(a.s.req("PUT", f"/connection/{render}/credentials", {"rdp.domain": None}), "update_body")
        stored = next(c for c in a.state()["connections"] if c["uid"] == render)["credentials"]
        self.assertNotIn("rdp.domain", stored)

    def test_error_shapes(self):
        s = self.s["errors-error"]
        r = s.req("GET", "/group/nope")
        self.assertEqual((r.status, r.ctype), (400, "application/json; charset=utf-8"))
        self.assertEqual(list(r.json()), ["error"])
        r = s.req("ACTION", "/groups")
        self.assertEqual((r.status, r.headers.get("Allow")), (405, "GET"))
        r = self.s["errors-text"].req("DELETE", "/nearby")
        self.assertEqual(r.status, 400)
        self.assertTrue(r.body.startswith(b"error: "))

    def test_computer_connection_delete_reset(self):
        a = self.api("reset-conn")
        a.ok(a.s.req("DELETE", "/computer/123456/VNC"), "delete_body")
        self.assertEqual(a.settings("123456", "VNC"), a.defaults["VNC"])
        self.assertIn("VNC", a.conn_names("123456"))

    def test_computer_credentials_extension(self):
        a = self.api("default")
        a.ok(a.s.req("PUT", "/computer/123456/RDP_3390/credentials", {"rdp.password": "p2"}), "update_body")
        self.assertEqual(a.ok(a.s.req("GET", "/computer/123456/RDP_3390/credentials")), {"rdp.password": "p2"})
        b = self.api("bare")
        self.assertEqual(b.s.req("PUT", "/computer/123456/VNC/credentials", {"password": "x"}).status, 405)

    def test_debug_routes(self):
        s = self.s["prefix"]
        s.req("GET", "/groups")
        s.req("ACTION", "/computer/123456/NEAR/ft")
        self.assertEqual(s.req("GET", "/__independent/state").status, 404)  # only under the chosen prefix
        reqs = s.get_debug("/requests")
        self.assertEqual(reqs[-3:], [{"method": "GET", "path": "/groups"},
                                     {"method": "ACTION", "path": "/computer/123456/NEAR/ft"},
                                     {"method": "GET", "path": "/__independent/state"}])
        st = s.get_debug("/state")
        self.assertEqual(st["actions_log"][-1]["action"], "ft")
        self.assertIn("credentials", st["connections"][0])
        self.assertIn("settings", st["computers"][0]["connections"]["VNC"])
        s.req("PUT", "/group/", {"name": "tmp"})
        s.reset()
        self.assertEqual(s.get_debug("/requests"), [])
        self.assertNotIn("tmp", [g["name"] for g in s.get_debug("/state")["groups"]])


# ---------------------------------------------------------------------------
# Transport
# ---------------------------------------------------------------------------

class Transport(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.srv = start_all([[]])[0]

    def setUp(self):
        self.srv.reset()

    def raw(self, data: bytes, reads=1) -> list[bytes]:
        with socket.create_connection(("127.0.0.1", self.srv.port), timeout=5) as sock:
            sock.sendall(data)
            out = b""
            while out.count(b"HTTP/1.1 ") < reads:
                chunk = sock.recv(65536)
                if not chunk:
                    break
                out += chunk
            return out

    def test_keep_alive_with_bodies_on_one_socket(self):
        body = b'{"name": "over keep-alive"}'
        req = (b"PUT /group/ HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: "
               + str(len(body)).encode() + b"\r\n\r\n" + body
               + b"GET /groups HTTP/1.1\r\nHost: x\r\nContent-Length: 5\r\n\r\nhello"
               + b"ACTION /computer/123456/NEAR/control HTTP/1.1\r\nHost: x\r\nContent-Length: 2\r\n\r\n{}"
               + b"GET /nearby HTTP/1.1\r\nHost: x\r\n\r\n")
        out = self.raw(req, reads=4)
        self.assertEqual(out.count(b"HTTP/1.1 200 OK"), 4, out)
        self.assertIn(b"over keep-alive", out)

    def test_chunked_body(self):
        req = (b"PUT /group/ HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n"
               b"8\r\n{\"name\":\r\n9\r\n \"chunky\"\r\n1\r\n}\r\n0\r\n\r\n"
               b"GET /groups HTTP/1.1\r\nHost: x\r\n\r\n")
        out = self.raw(req, reads=2)
        self.assertEqual(out.count(b"HTTP/1.1 200 OK"), 2, out)
        self.assertIn(b"chunky", out)

    def test_malformed_input_is_4xx_never_a_crash(self):
        cases = [
            b"PUT /group/ HTTP/1.1\r\nHost: x\r\nContent-Length: 4\r\n\r\n{{{{",
            b"PUT /group/ HTTP/1.1\r\nHost: x\r\nContent-Length: abc\r\n\r\n",
            b"PUT /group/ HTTP/1.1\r\nHost: x\r\nContent-Length: 99999999999\r\n\r\n",
            b"GARBAGE\r\n\r\n",
            b"GET /groups HTTP/2.0\r\n\r\n",
            b"BREW /groups HTTP/1.1\r\nHost: x\r\n\r\n",
            b"PUT /group/ HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n",
            b"GET /computer/%ZZ/%00 HTTP/1.1\r\nHost: x\r\n\r\n",
            b"PUT /computer/123456/VNC HTTP/1.1\r\nHost: x\r\nContent-Length: 2\r\n\r\n\"x\"",
        ]
        for c in cases:
            with self.subTest(req=c[:40]):
                out = self.raw(c)
                status = int(out.split(b" ", 2)[1])
                self.assertTrue(400 <= status < 500, out)
        self.assertEqual(self.srv.req("GET", "/groups").status, 200)  # still serving

    def test_parallel_clients(self):
        import threading
        errors = []

        def work(n):
            try:
                s = Srv.__new__(Srv)
                s.port, s.conn, s.args = self.srv.port, None, []
                for i in range(20):
                    r = s.req("PUT", "/group/", {"name": f"t{n}-{i}"})
                    if r.status != 200:
                        errors.append(r)
                s.conn.close()
            except Exception as exc:  # noqa: BLE001
                errors.append(exc)

        threads = [threading.Thread(target=work, args=(n,)) for n in range(8)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        self.assertEqual(errors, [])
        self.assertEqual(len(self.srv.get_debug("/state")["groups"]), 4 + 160)


# ---------------------------------------------------------------------------
# Command line
# ---------------------------------------------------------------------------

class CommandLine(unittest.TestCase):
    def test_sigterm_and_sigint_exit_zero(self):
        for sig in (signal.SIGTERM, signal.SIGINT):
            s = Srv().wait_ready()
            s.req("GET", "/groups")  # an idle keep-alive connection stays open
            idle, s.conn = s.conn, None
            self.assertEqual(s.stop(sig), 0)
            idle.close()

    def test_bad_switch_values_are_refused(self):
        for args in (["--choice", "list_shape=groups"], ["--choice", "nope=1"], ["--break", "nope"],
                     ["--preset", "nope"], ["--choice", "list_shape"]):
            r = subprocess.run([sys.executable, SERVER, "--port", "0", *args], capture_output=True, text=True, timeout=10)
            self.assertEqual(r.returncode, 2, args)
            self.assertTrue(r.stderr.startswith("error: "), r.stderr)

    def test_config_file_and_data_file(self):
        with tempfile.TemporaryDirectory() as d:
            cfg = os.path.join(d, "cfg.json")
            with open(cfg, "w") as fh:
                json.dump({"preset": "bare", "choices": {"list_shape": "results"}, "breaks": ["rename-noop"]}, fh)
            data = os.path.join(d, "data.json")
            with open(data, "w") as fh:
                json.dump({"groups": [{"key": "only", "name": "Only Group"}],
                           "connections": [{"key": "c1", "name": "C1", "group": "only", "protocol": "RDP",
                                            "credentials": {"rdp.username": "u"}}],
                           "nearby": [],
                           "computers": [{"id": "123456", "name": "Solo", "group": "only",
                                          "connections": {"VNC": {"settings": {"depth": 4}}}}]}, fh)
            s = Srv("--config", cfg, "--data", data, "--choice", "id_key=key")
            _servers.append(s)
            s.wait_ready()
            self.assertEqual(s.cfg["preset"], "bare")
            self.assertEqual(s.cfg["breaks"], ["rename-noop"])
            self.assertEqual(s.cfg["choices"]["id_key"], "key")
            a = Api(s)
            self.assertEqual(a.group_names(), ["Only Group"])
            self.assertEqual(a.settings("123456", "VNC")["depth"], 4)
            self.assertEqual(a.member_names(a.group_uid("Only Group")), (["C1"], ["Solo"]))
            # flat config file
            with open(cfg, "w") as fh:
                json.dump({"list_shape": "bare"}, fh)
            s2 = Srv("--config", cfg)
            _servers.append(s2)
            self.assertEqual(s2.wait_ready().cfg["choices"]["list_shape"], "bare")

    def test_defaults_differ_from_the_mock(self):
        # the mock's choices, from docs/decisions
        mock = {"list_shape": "groups", "id_key": "uid", "name_key": "name", "group_key": "category_uid",
                "update_body": "empty-object", "delete_body": "empty-object", "action_body": "empty-object",
                "status_unknown_id": "404", "status_invalid_body": "400", "status_unknown_category": "422",
                "status_group_not_empty": "409", "status_action_unavailable": "409",
                "method_not_allowed": "405-allow", "group_delete": "refuse", "unknown_body_keys": "refuse",
                "content_type_check": "strict", "trailing_slash": "strict", "credentials_put": "merge",
                "credentials_protocol": "any", "missing_computer_connection_put": "create",
                "null_mode": "default", "unknown_setting": "refuse", "action_request_body": "json",
                "query": "refuse", "delete_missing_credentials": "ok", "actions_shape": "strings",
                "new_connection_protocol": "none", "missing_category": "refuse", "chat": "near",
                "connection_reads": "off", "computer_credentials_put": "off", "computer_cred_keys": "plain",
                "uid_shape": "mock", "computer_ids": "digits"}
        out = subprocess.run([sys.executable, SERVER, "--list"], capture_output=True, text=True, check=True).stdout
        defaults = dict(re.findall(r"^  ([a-z_]+): ([^;]+);", out, re.M))
        for k, v in mock.items():
            self.assertNotEqual(defaults[k], v, k)


if __name__ == "__main__":
    unittest.main()
