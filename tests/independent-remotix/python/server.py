#!/usr/bin/env python3
"""An independent implementation of the Remotix HTTP API, written only from the
Remotix API reference, to serve as a test target for a contract-test kit.

Python 3.11 standard library only.  Run ``python3 server.py --help``; the
switches, presets, breaks and debug routes are described in README.md.
"""

from __future__ import annotations

import argparse
import copy
import datetime
import hashlib
import json
import re
import secrets
import signal
import socket
import sys
import threading
import traceback
import uuid
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import unquote, urlsplit

# ---------------------------------------------------------------------------
# Switches: one per point where the reference is silent.
# name -> (default, allowed values, one-line description)
# The default of every switch differs from the choice of the other
# implementation ("the mock") described in docs/decisions, except where
# README.md says otherwise.
# ---------------------------------------------------------------------------

SWITCHES: dict[str, tuple[str, list[str], str]] = {
    # shapes of lists and items
    "list_shape": ("items", ["items", "data", "results", "nested", "bare"],
                   "how every list is sent: wrapped under items/data/results, nested {data:{items:[]}}, or a bare array"),
    "id_key": ("id", ["id", "uid", "key", "ref"], "field holding the id of groups, connections, computers and nearby entries"),
    "name_key": ("title", ["title", "name", "label", "display_name"], "field holding the name of every item"),
    "group_key": ("parent_uid", ["parent_uid", "group", "groupId", "folder_id", "category_uid"],
                  "field holding the group of a connection or computer"),
    "extras": ("full", ["full", "timestamps", "none"],
               "extra item fields: timestamps (created_at/updated_at), full adds item_count, credential_keys, connection_count, last_connected_at"),
    "group_detail": ("mixed", ["mixed", "split", "envelope"],
                     "GET /group/<uid>: mixed list with a kind field; split {group fields, links, machines}; envelope {group, contents:{connections, computers}}"),
    "actions_shape": ("objects", ["objects", "paths", "map", "strings"],
                      "GET /computer/<id>/actions entries: {connection, action} objects, full ACTION paths, a map per connection, or tail strings like NEAR/control"),
    "connections_shape": ("objects", ["objects", "strings", "detailed"],
                          "GET /computer/<id>/connections entries: {name,type,port}, strings like RDP_3390, or {connection_type,port,path,has_credentials}"),
    "settings_profile": ("classic", ["classic", "terse"], "which set of setting keys and defaults each connection type has"),
    "settings_shape": ("wrapped", ["wrapped", "flat"],
                       "GET /computer/<id>/<conn>: {connection,type,port,settings:{...}} or the settings object alone"),
    "computer_cred_keys": ("prefixed", ["prefixed", "plain"],
                           "key names of computer connection credentials: vnc./rdp./rxp. prefixed, or plain username/password/domain"),
    # ids
    "uid_shape": ("uuid", ["uuid", "int", "hex", "prefixed"],
                  "group and connection uids: lowercase UUID, integer as string, 24 hex digits, or g_/c_ + 10 hex digits"),
    "computer_ids": ("mixed", ["mixed", "digits"], "seed computer ids: 123456 plus non-digit ids, or all digits"),
    # settings semantics
    "null_mode": ("remove", ["remove", "default"],
                  "PUT /computer/<id>/<conn> {key:null}: remove the key (absent means default) or store the default value"),
    "unknown_setting": ("store", ["store", "ignore", "refuse"], "a setting key the connection type lacks: stored, ignored or refused"),
    "missing_computer_connection_put": ("refuse", ["refuse", "create"],
                                        "PUT to a computer connection that does not exist: unknown-id error, or create it with defaults"),
    "computer_connection_delete": ("remove", ["remove", "reset"],
                                   "DELETE /computer/<id>/<conn>: remove the connection, or only reset its settings (reset is NOT in any preset, see README)"),
    "computer_credentials_put": ("on", ["on", "off"], "extension: PUT /computer/<id>/<conn>/credentials sets that connection's credentials"),
    # success bodies
    "update_body": ("item", ["item", "status", "empty-object", "true", "null", "empty"], "answer of a successful update (PUT other than create)"),
    "delete_body": ("true", ["true", "status", "empty-object", "null", "empty", "item"], "answer of a successful DELETE"),
    "action_body": ("session", ["session", "status", "empty-object", "true", "null", "empty"], "answer of a successful ACTION"),
    "create_body": ("extended", ["extended", "exact"], "create answer: {group_uid}/{uid} plus the item's fields, or exactly the documented key"),
    # errors
    "error_body": ("message-code", ["message-code", "error", "text", "empty"],
                   "error body: {message, code}, {error}, plain text, or empty"),
    "content_type": ("vnd", ["vnd", "json-utf8", "json", "text-json"],
                     "Content-Type of JSON answers: application/vnd.remotix+json, application/json; charset=utf-8, application/json, text/json"),
    "status_unknown_id": ("gone", ["gone", "404", "400", "410"],
                          "unknown id in the path: gone = 410 for ids once deleted and 404 otherwise"),
    "status_invalid_body": ("422", ["422", "400"], "malformed JSON or a body that fails validation"),
    "status_unknown_category": ("400", ["400", "404", "422", "409"], "category_uid naming no group"),
    "status_group_not_empty": ("423", ["423", "409", "400", "422"], "DELETE of a non-empty group when group_delete=refuse"),
    "status_action_unavailable": ("400", ["400", "404", "422", "409"], "ACTION the computer does not offer"),
    "method_not_allowed": ("404", ["404", "405", "405-allow", "400"], "a method the path lacks: 404, 405 without Allow, 405 with Allow, or 400"),
    # behaviour
    "group_delete": ("cascade", ["cascade", "move", "refuse"],
                     "DELETE of a group holding items: delete the items too, move them to the first other group, or refuse"),
    "unknown_body_keys": ("ignore", ["ignore", "refuse"], "keys a request body does not document"),
    "content_type_check": ("lenient", ["lenient", "strict"], "strict refuses a body not sent as application/json or +json (415)"),
    "empty_body": ("empty-object", ["empty-object", "refuse"], "a PUT without a body: treated as {}, or refused"),
    "trailing_slash": ("lenient", ["lenient", "strict"], "lenient: PUT /group also creates, /groups/ also lists; strict: paths exactly as written"),
    "query": ("ignore", ["ignore", "refuse"], "query strings on API paths"),
    "credentials_put": ("replace", ["replace", "merge"], "PUT .../credentials replaces all keys, or merges the given keys (null removes one)"),
    "credentials_protocol": ("own", ["own", "any", "open"],
                             "connection credential keys: own protocol only (others refused), any of the seven documented keys, or any key at all"),
    "new_connection_protocol": ("NEAR", ["NEAR", "RDP", "APPLE", "none"], "protocol of a connection made by PUT /connection/"),
    "missing_category": ("ungrouped", ["ungrouped", "refuse", "first"],
                         "connection created without category_uid: no group, refused, or put into the first group"),
    "delete_missing_credentials": ("error", ["error", "ok"], "DELETE .../credentials when there are none: 404, or 200"),
    "action_request_body": ("ignore", ["ignore", "json", "refuse"],
                            "a body on ACTION: ignored whatever it is, accepted if JSON, or refused"),
    "chat": ("always", ["always", "near"], "ACTION /computer/<id>/chat offered on every computer, or only with a NEAR connection"),
    "connection_reads": ("on", ["on", "off"], "extension: GET /connection/<uid> and GET /connection/<uid>/credentials"),
    "connection_name_case": ("insensitive", ["insensitive", "exact"], "matching of <connection_type>[_<port>] and action names in paths"),
    "partial_update": ("accept", ["accept", "refuse"],
                       "PUT /connection/<uid> or /computer/<id> with only one of name and category_uid: applied, or refused as an invalid body"),
    "empty_credentials_read": ("empty-object", ["empty-object", "404"],
                               "GET /computer/<id>/<conn>/credentials of a connection with none stored: {} or 404"),
}

PRESETS: dict[str, dict[str, str]] = {
    # every default
    "default": {},
    # minimal answers, bare arrays, the reference's own words where it has any
    "bare": {
        "list_shape": "bare", "id_key": "uid", "name_key": "name", "group_key": "group", "extras": "none",
        "group_detail": "mixed", "actions_shape": "strings", "connections_shape": "strings",
        "settings_profile": "terse", "settings_shape": "flat", "computer_cred_keys": "plain",
        "uid_shape": "int", "computer_ids": "digits", "null_mode": "default",
        "update_body": "empty", "delete_body": "empty", "action_body": "empty", "create_body": "exact",
        "error_body": "empty", "content_type": "json", "status_unknown_id": "404", "status_invalid_body": "400",
        "status_unknown_category": "404", "status_group_not_empty": "409", "method_not_allowed": "405",
        "group_delete": "refuse", "missing_computer_connection_put": "create", "credentials_put": "merge",
        "credentials_protocol": "any", "new_connection_protocol": "none", "chat": "near",
        "connection_reads": "off", "computer_credentials_put": "off", "delete_missing_credentials": "ok",
    },
    # deeply wrapped answers with other names
    "wrapped-other": {
        "list_shape": "nested", "id_key": "key", "name_key": "label", "group_key": "groupId", "extras": "timestamps",
        "group_detail": "envelope", "actions_shape": "map", "connections_shape": "detailed",
        "settings_shape": "wrapped", "uid_shape": "hex", "update_body": "status", "delete_body": "status",
        "action_body": "status", "error_body": "error", "content_type": "text-json", "status_unknown_id": "400",
        "status_unknown_category": "422", "status_action_unavailable": "422", "method_not_allowed": "405-allow",
        "group_delete": "move", "missing_category": "first", "new_connection_protocol": "RDP",
        "credentials_put": "merge", "null_mode": "default",
    },
    # refuses everything the reference does not show
    "strict": {
        "list_shape": "results", "id_key": "ref", "name_key": "display_name", "group_key": "folder_id",
        "group_detail": "split", "actions_shape": "paths", "uid_shape": "prefixed", "unknown_setting": "refuse",
        "update_body": "empty-object", "delete_body": "null", "action_body": "null", "content_type": "json-utf8",
        "status_unknown_id": "410", "status_invalid_body": "400", "status_unknown_category": "422",
        "status_action_unavailable": "409", "method_not_allowed": "405-allow", "group_delete": "refuse",
        "status_group_not_empty": "409", "unknown_body_keys": "refuse", "content_type_check": "strict",
        "empty_body": "refuse", "trailing_slash": "strict", "query": "refuse", "missing_category": "refuse",
        "action_request_body": "refuse", "connection_name_case": "exact", "new_connection_protocol": "APPLE",
        "chat": "near",
    },
    # accepts everything it can make sense of
    "loose": {
        "list_shape": "data", "id_key": "uid", "name_key": "name", "group_key": "category_uid",
        "group_detail": "split", "connections_shape": "detailed", "settings_profile": "terse",
        "settings_shape": "flat", "unknown_setting": "ignore", "null_mode": "default",
        "update_body": "true", "delete_body": "item", "action_body": "true", "error_body": "text",
        "content_type": "json", "status_unknown_id": "404", "method_not_allowed": "405",
        "credentials_protocol": "open", "credentials_put": "merge", "missing_computer_connection_put": "create",
        "action_request_body": "json", "missing_category": "first", "delete_missing_credentials": "ok",
        "new_connection_protocol": "none", "computer_cred_keys": "plain",
    },
}

# Each break violates exactly one documented behaviour.
BREAKS: dict[str, str] = {
    "null-no-reset": "PUT /computer/<id>/<conn> with {key: null} leaves the key as it is",
    "rename-noop": "PUT /group/<uid> and PUT /connection/<uid> answer 200 but keep the old name",
    "move-noop": "category_uid in PUT /connection/<uid> and PUT /computer/<id> is ignored (no move)",
    "partial-put-replaces": "PUT /computer/<id>/<conn> resets every key not given to its default",
    "computer-actions-refused": "every ACTION /computer/... listed in the actions list answers 4xx",
    "connection-connect-refused": "ACTION /connection/<uid>/connect answers 4xx",
    "stale-group-list": "GET /group/<uid> lists the members as they were at start/reset (creates and moves not shown; deletes are)",
    "create-not-listed": "created groups are missing from GET /groups and created connections from GET /group/<uid>",
    "delete-still-readable": "GET of a deleted group, connection (extension GET), computer or computer connection answers 200",
    "delete-still-listed": "deleted groups, connections, computers and computer connections still appear in lists",
    "credentials-put-ignored": "PUT /connection/<uid>/credentials answers 200 but stores nothing",
    "status-201-on-create": "PUT /group/ and PUT /connection/ answer 201 instead of 200",
    "server-error": "GET /nearby answers 500",
    "non-json-success": "DELETE /connection/<uid>/credentials answers 200 with a text/plain body that is not JSON",
    "computer-rename-noop": "PUT /computer/<id> ignores name (category_uid still moves it)",
    "group-delete-noop": "DELETE /group/<uid> answers 200 but the group stays",
}

CONTENT_TYPES = {
    "vnd": "application/vnd.remotix+json",
    "json-utf8": "application/json; charset=utf-8",
    "json": "application/json",
    "text-json": "text/json",
}

SETTINGS_DEFAULTS = {
    "classic": {
        "VNC": {"color_depth": 24, "scale": "fit", "view_only": False, "encoding": "tight", "clipboard_sync": True},
        "RDP": {"resolution": "1920x1080", "admin_mode": False, "audio": "local", "color_depth": 32, "multimon": False},
        "NEAR": {"quality": "auto", "sound": True, "clipboard": True, "display": 0, "lock_on_disconnect": False},
    },
    "terse": {
        "VNC": {"depth": 16, "zoom": 100, "ro": False},
        "RDP": {"screen": "auto", "console": False, "snd": "off"},
        "NEAR": {"q": 2, "audio": False, "mon": "all"},
    },
}

TYPE_ACTIONS = {"NEAR": ["control", "curtain", "observe", "ft"], "VNC": ["control"], "RDP": ["control"]}
CRED_PREFIX = {"VNC": "vnc.", "RDP": "rdp.", "NEAR": "rxp."}
CRED_FIELDS = {"VNC": ["username", "password"], "RDP": ["username", "password", "domain"], "NEAR": ["username", "password"]}
CONNECTION_CRED_KEYS = {
    "NEAR": ["rxp.username", "rxp.password"],
    "RDP": ["rdp.username", "rdp.password", "rdp.domain"],
    "APPLE": ["apple.username", "apple.password"],
}
ALL_CONNECTION_CRED_KEYS = [k for keys in CONNECTION_CRED_KEYS.values() for k in keys]
CONN_RE = re.compile(r"^([A-Za-z]+)(?:_(\d{1,5}))?$")
RESERVED_SEGMENTS = {"actions", "connections", "chat"}
MAX_BODY = 4 * 1024 * 1024
MAX_NAME = 1024
EMPTY = object()  # sentinel: answer with an empty body

# ---------------------------------------------------------------------------
# Seed data (invented for this implementation)
# ---------------------------------------------------------------------------

SEED = {
    "groups": [
        {"key": "studio", "name": "Studio Racks", "created_at": "2023-11-02T09:15:00Z"},
        {"key": "lyon", "name": "Branch Office Lyon", "created_at": "2023-11-02T09:16:30Z"},
        {"key": "homelab", "name": "Home Lab", "created_at": "2024-01-20T18:40:00Z"},
        {"key": "archive", "name": "Archive (empty)", "created_at": "2024-03-05T07:00:00Z"},
    ],
    "connections": [
        {"key": "mixing-mac", "name": "Mixing Desk Mac", "group": "studio", "protocol": "APPLE", "host": "10.20.0.14",
         "credentials": {"apple.username": "engineer", "apple.password": "fader-42"}},
        {"key": "render3", "name": "Render Node 3", "group": "studio", "protocol": "NEAR", "host": "render3.studio.lan",
         "credentials": {"rxp.username": "render", "rxp.password": "tiles&frames"}},
        {"key": "lyon-reception", "name": "Lyon Reception PC", "group": "lyon", "protocol": "RDP", "host": "192.168.40.21",
         "credentials": {"rdp.username": "accueil", "rdp.password": "Bonjour2024", "rdp.domain": "LYON"}},
        {"key": "lyon-print", "name": "Lyon Print Server", "group": "lyon", "protocol": "RDP", "host": "print.lyon.corp",
         "credentials": {"rdp.username": "svc-print", "rdp.password": "toner!", "rdp.domain": "LYON"}},
        {"key": "garage-nas", "name": "Garage NAS", "group": "homelab", "protocol": "APPLE", "host": "nas.home.arpa",
         "credentials": {}},
        {"key": "pi-near", "name": "Pi Console", "group": "homelab", "protocol": "NEAR", "host": "10.0.0.53",
         "credentials": {"rxp.username": "pi", "rxp.password": "raspberry-not"}},
    ],
    "nearby": [
        {"key": "kitchen", "name": "Kitchen iMac", "host": "192.168.1.30", "protocol": "APPLE", "port": 5900},
        {"key": "devlaptop", "name": "Dev Laptop (Wi-Fi)", "host": "192.168.1.77", "protocol": "NEAR", "port": None},
        {"key": "meeting", "name": "Meeting Room TV PC", "host": "192.168.1.112", "protocol": "RDP", "port": 3389},
    ],
    "computers": [
        {"ids": {"mixed": "123456", "digits": "123456"}, "name": "Workstation Atlas", "group": "studio",
         "platform": "macOS", "online": True, "created_at": "2023-12-01T10:00:00Z",
         "connections": {
             "VNC": {"settings": {"classic": {"color_depth": 16, "scale": "1:1"}, "terse": {"depth": 8, "zoom": 75}},
                     "credentials": {"password": "vnc-atlas"}},
             "RDP_3390": {"settings": {"classic": {"resolution": "2560x1440", "multimon": True},
                                       "terse": {"screen": "2560x1440", "console": True}},
                          "credentials": {"username": "atlas", "password": "rdp-atlas", "domain": "STUDIO"}},
             "NEAR": {"settings": {"classic": {"quality": "high", "display": 1}, "terse": {"q": 4, "mon": "1"}},
                      "credentials": {"username": "atlas", "password": "near-atlas"}},
         }},
        {"ids": {"mixed": "a3f9c2d18e", "digits": "40021987"}, "name": "Build Box Orion", "group": "homelab",
         "platform": "Linux", "online": True, "created_at": "2024-02-11T21:30:00Z",
         "connections": {
             "VNC_5901": {"settings": {"classic": {"view_only": True}, "terse": {"ro": True}},
                          "credentials": {"password": "orion-vnc"}},
             "RDP": {"settings": {}, "credentials": {}},
         }},
        {"ids": {"mixed": "lyon-kiosk-07", "digits": "7"}, "name": "Lobby Kiosk", "group": "lyon",
         "platform": "Windows", "online": False, "created_at": "2024-04-18T08:05:00Z",
         "connections": {
             "NEAR_5950": {"settings": {"classic": {"sound": False}, "terse": {"audio": True}},
                           "credentials": {"username": "kiosk"}},
         }},
    ],
}


def now_iso() -> str:
    return datetime.datetime.now(datetime.timezone.utc).strftime("%Y-%m-%dT%H:%M:%S.%f")[:-3] + "Z"


class ApiError(Exception):
    def __init__(self, status: int, code: str, message: str, allow: list[str] | None = None, close: bool = False):
        super().__init__(message)
        self.status = status
        self.code = code
        self.message = message
        self.allow = allow
        self.close = close


# ---------------------------------------------------------------------------
# Configuration
# ---------------------------------------------------------------------------

def build_config(preset: str | None, config_file: str | None, choices: list[str], breaks: list[str]):
    cfg = {name: spec[0] for name, spec in SWITCHES.items()}
    brk: list[str] = []
    file_data: dict = {}
    if config_file:
        with open(config_file, encoding="utf-8") as fh:
            file_data = json.load(fh)
        if not isinstance(file_data, dict):
            raise ValueError("--config file must hold a JSON object")
    chosen_preset = preset or file_data.get("preset")
    if chosen_preset:
        if chosen_preset not in PRESETS:
            raise ValueError(f"unknown preset {chosen_preset!r}; presets: {', '.join(PRESETS)}")
        cfg.update(PRESETS[chosen_preset])
    if file_data:
        file_choices = file_data.get("choices")
        if file_choices is None:
            file_choices = {k: v for k, v in file_data.items() if k not in ("preset", "breaks")}
        for name, value in file_choices.items():
            set_choice(cfg, name, value)
        brk.extend(file_data.get("breaks", []))
    for item in choices:
        if "=" not in item:
            raise ValueError(f"--choice needs name=value, got {item!r}")
        name, value = item.split("=", 1)
        set_choice(cfg, name.strip(), value.strip())
    brk.extend(breaks)
    for b in brk:
        if b not in BREAKS:
            raise ValueError(f"unknown break {b!r}; breaks: {', '.join(BREAKS)}")
    return cfg, sorted(set(brk)), chosen_preset or "default"


def set_choice(cfg: dict, name: str, value) -> None:
    name = name.replace("-", "_")
    if name not in SWITCHES:
        raise ValueError(f"unknown switch {name!r}; switches: {', '.join(SWITCHES)}")
    value = str(value).lower() if not isinstance(value, str) else value
    allowed = SWITCHES[name][1]
    if value not in allowed:
        raise ValueError(f"switch {name} takes one of {', '.join(allowed)}; got {value!r}")
    cfg[name] = value


# ---------------------------------------------------------------------------
# State
# ---------------------------------------------------------------------------

class Store:
    def __init__(self, cfg: dict, breaks: list[str], seed: dict):
        self.cfg = cfg
        self.breaks = set(breaks)
        self.seed = seed
        self.lock = threading.RLock()
        self.requests: list[dict] = []
        self.reset()

    # -- ids ---------------------------------------------------------------
    def _seed_id(self, kind: str, key: str) -> str:
        shape = self.cfg["uid_shape"]
        digest = hashlib.sha1(f"{kind}:{key}".encode()).hexdigest()
        if shape == "uuid":
            return str(uuid.uuid5(uuid.NAMESPACE_URL, f"remotix-independent:{kind}:{key}"))
        if shape == "int":
            self.counter += 1
            return str(self.counter)
        if shape == "hex":
            return digest[:24]
        return {"group": "g_", "connection": "c_", "nearby": "n_"}[kind] + digest[:10]

    def new_id(self, kind: str) -> str:
        while True:
            shape = self.cfg["uid_shape"]
            if shape == "uuid":
                candidate = str(uuid.uuid4())
            elif shape == "int":
                self.counter += 1
                candidate = str(self.counter)
            elif shape == "hex":
                candidate = secrets.token_hex(12)
            else:
                candidate = {"group": "g_", "connection": "c_"}[kind] + secrets.token_hex(5)
            if candidate not in self.groups and candidate not in self.connections and candidate not in self.gone:
                return candidate

    # -- seed ----------------------------------------------------------------
    def reset(self) -> None:
        with self.lock:
            self.counter = 100
            self.groups: dict[str, dict] = {}
            self.connections: dict[str, dict] = {}
            self.computers: dict[str, dict] = {}
            self.nearby: list[dict] = []
            self.gone: set[str] = set()
            self.ghosts: dict[str, dict] = {}  # deleted id -> {"kind", "item"}
            self.created: set[str] = set()
            self.actions_log: list[dict] = []
            self.requests = []
            profile = self.cfg["settings_profile"]
            keymap: dict[str, str] = {}
            for g in self.seed.get("groups", []):
                uid = g.get("id") or self._seed_id("group", g["key"])
                keymap[g.get("key", uid)] = uid
                ts = g.get("created_at", "2024-01-01T00:00:00Z")
                self.groups[uid] = {"uid": uid, "name": g["name"], "created_at": ts, "updated_at": ts}
            for c in self.seed.get("connections", []):
                uid = c.get("id") or self._seed_id("connection", c["key"])
                ts = c.get("created_at", "2024-01-01T00:00:00Z")
                self.connections[uid] = {
                    "uid": uid, "name": c["name"], "group": keymap.get(c.get("group"), c.get("group")),
                    "protocol": c.get("protocol"), "host": c.get("host", ""),
                    "credentials": dict(c.get("credentials", {})), "created_at": ts, "updated_at": ts,
                    "last_connected_at": None,
                }
            for n in self.seed.get("nearby", []):
                nid = n.get("id") or self._seed_id("nearby", n.get("key", n["name"]))
                self.nearby.append({"id": nid, "name": n["name"], "host": n.get("host", ""),
                                    "protocol": n.get("protocol"), "port": n.get("port")})
            for m in self.seed.get("computers", []):
                cid = m.get("id") or m["ids"][self.cfg["computer_ids"]]
                ts = m.get("created_at", "2024-01-01T00:00:00Z")
                conns = {}
                for conn_id, spec in m.get("connections", {}).items():
                    ctype, port = parse_conn_id(conn_id)
                    settings = copy.deepcopy(self.defaults(ctype))
                    over = spec.get("settings", {})
                    if profile in over or any(p in over for p in SETTINGS_DEFAULTS):
                        over = over.get(profile, {})
                    settings.update(copy.deepcopy(over))
                    conns[conn_id] = {"type": ctype, "port": port, "settings": settings,
                                      "credentials": dict(spec.get("credentials", {}))}
                self.computers[cid] = {"id": cid, "name": m["name"], "group": keymap.get(m.get("group"), m.get("group")),
                                       "platform": m.get("platform", ""), "online": bool(m.get("online", True)),
                                       "connections": conns, "created_at": ts, "updated_at": ts}
            # membership as it is now, for the stale-group-list break
            self.snapshot = {uid: {i for i, _ in self.live_members(uid)} for uid in self.groups}

    def defaults(self, ctype: str) -> dict:
        return SETTINGS_DEFAULTS[self.cfg["settings_profile"]].get(ctype, {})

    # -- membership ------------------------------------------------------------
    def live_members(self, group_uid: str):
        out = [(c["uid"], ("connection", c)) for c in self.connections.values() if c["group"] == group_uid]
        out += [(m["id"], ("computer", m)) for m in self.computers.values() if m["group"] == group_uid]
        return out

    def listed_members(self, group_uid: str):
        members = self.live_members(group_uid)
        if "create-not-listed" in self.breaks:
            members = [(i, v) for i, v in members if i not in self.created]
        if "stale-group-list" in self.breaks:
            snap = self.snapshot.get(group_uid, set())
            members = [(i, v) for i, v in members if i in snap]
        if "delete-still-listed" in self.breaks:
            for gid, ghost in self.ghosts.items():
                if ghost["kind"] in ("connection", "computer") and ghost["item"]["group"] == group_uid:
                    members.append((gid, (ghost["kind"], ghost["item"])))
        return [v for _, v in members]

    def forget(self, kind: str, ident: str, item: dict) -> None:
        self.gone.add(ident)
        self.ghosts[ident] = {"kind": kind, "item": copy.deepcopy(item)}

    def dump(self) -> dict:
        return {
            "groups": copy.deepcopy(list(self.groups.values())),
            "connections": copy.deepcopy(list(self.connections.values())),
            "computers": copy.deepcopy(list(self.computers.values())),
            "nearby": copy.deepcopy(self.nearby),
            "actions_log": copy.deepcopy(self.actions_log),
            "gone": sorted(self.gone),
        }


def parse_conn_id(conn_id: str):
    m = CONN_RE.match(conn_id)
    if not m:
        return conn_id.upper(), None
    return m.group(1).upper(), (int(m.group(2)) if m.group(2) else None)


# ---------------------------------------------------------------------------
# HTTP
# ---------------------------------------------------------------------------

class Server(ThreadingHTTPServer):
    daemon_threads = True
    block_on_close = False
    allow_reuse_address = True

    def __init__(self, addr, handler, store: Store, debug_prefix: str, preset: str, verbose: bool):
        super().__init__(addr, handler)
        self.store = store
        self.cfg = store.cfg
        self.debug_prefix = debug_prefix
        self.preset = preset
        self.verbose = verbose


class Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server_version = "RemotixIndependent/1.0"
    sys_version = ""
    timeout = 120

    # BaseHTTPRequestHandler dispatches method FOO to do_FOO: every method goes
    # through one dispatcher, so ACTION (and any other token) is handled.
    def __getattr__(self, name):
        if name.startswith("do_"):
            return self._dispatch
        raise AttributeError(name)

    def log_message(self, fmt, *args):
        if getattr(self.server, "verbose", False):
            sys.stderr.write("%s - %s\n" % (self.address_string(), fmt % args))

    # errors raised by the base class (bad request line, oversized headers, ...)
    def send_error(self, code, message=None, explain=None):
        if code >= 500:  # never a 5xx: e.g. 505 for an unknown HTTP version
            code = 400
        self.close_connection = True
        if getattr(self, "request_version", "HTTP/0.9") == "HTTP/0.9":
            self.request_version = "HTTP/1.1"  # always answer with a status line
        try:
            self._send_error(ApiError(code, "bad_request", message or "bad request"))
        except Exception:
            pass

    # -- plumbing --------------------------------------------------------------
    @property
    def cfg(self) -> dict:
        return self.server.cfg

    @property
    def store(self) -> Store:
        return self.server.store

    def _read_body(self) -> bytes:
        te = self.headers.get("Transfer-Encoding")
        if te:
            if te.strip().lower().split(",")[-1].strip() != "chunked":
                raise ApiError(400, "bad_request", "unsupported Transfer-Encoding", close=True)
            chunks, total = [], 0
            while True:
                line = self.rfile.readline(1024)
                try:
                    size = int(line.split(b";")[0].strip(), 16)
                except ValueError:
                    raise ApiError(400, "bad_request", "malformed chunked body", close=True)
                if size == 0:
                    while True:  # trailers
                        t = self.rfile.readline(8192)
                        if t in (b"\r\n", b"\n", b""):
                            break
                    break
                total += size
                if total > MAX_BODY:
                    raise ApiError(413, "payload_too_large", "body too large", close=True)
                data = self.rfile.read(size)
                if len(data) != size:
                    raise ApiError(400, "bad_request", "truncated chunked body", close=True)
                chunks.append(data)
                self.rfile.readline(8)
            if self.headers.get("Content-Length") is not None:
                self.close_connection = True
            return b"".join(chunks)
        cl = self.headers.get_all("Content-Length") or []
        if not cl:
            return b""
        if len(set(v.strip() for v in cl)) != 1 or not cl[0].strip().isdigit():
            raise ApiError(400, "bad_request", "invalid Content-Length", close=True)
        n = int(cl[0].strip())
        if n > MAX_BODY:
            raise ApiError(413, "payload_too_large", "body too large", close=True)
        data = self.rfile.read(n) if n else b""
        if len(data) != n:
            raise ApiError(400, "bad_request", "truncated body", close=True)
        return data

    def setup(self):
        super().setup()
        try:  # answers go out in one write; no Nagle delay on keep-alive
            self.connection.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        except OSError:
            pass

    def _write(self, status: int, body: bytes, ctype: str | None, headers: dict | None = None) -> None:
        self.send_response(status)
        if ctype and body:
            self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(body)))
        for k, v in (headers or {}).items():
            self.send_header(k, v)
        if self.close_connection:
            self.send_header("Connection", "close")
        # headers and body in a single write
        self._headers_buffer.append(b"\r\n")
        if self.command != "HEAD" and body:
            self._headers_buffer.append(body)
        self.flush_headers()

    def _json_bytes(self, obj) -> bytes:
        return json.dumps(obj, ensure_ascii=False).encode("utf-8")

    def _send_ok(self, obj, status: int = 200) -> None:
        if obj is EMPTY:
            return self._write(status, b"", None)
        self._write(status, self._json_bytes(obj), CONTENT_TYPES[self.cfg["content_type"]])

    def _send_error(self, e: ApiError) -> None:
        if e.close:
            self.close_connection = True
        headers = {}
        if e.allow:
            headers["Allow"] = ", ".join(e.allow)
        mode = self.cfg["error_body"]
        if mode == "empty":
            return self._write(e.status, b"", None, headers)
        if mode == "text":
            return self._write(e.status, f"error: {e.message}\n".encode(), "text/plain; charset=utf-8", headers)
        obj = {"error": e.message} if mode == "error" else {"message": e.message, "code": e.code}
        self._write(e.status, self._json_bytes(obj), CONTENT_TYPES[self.cfg["content_type"]], headers)

    def _dispatch(self) -> None:
        try:
            body = self._read_body()
        except ApiError as e:
            return self._send_error(e)
        target = self.path
        try:
            parts = urlsplit(target)
            path, query = parts.path, parts.query
        except ValueError:
            return self._send_error(ApiError(400, "bad_request", "malformed request target"))
        prefix = self.server.debug_prefix
        try:
            if path == prefix or path.startswith(prefix + "/"):
                return self._debug(self.command, path[len(prefix):], body)
            with self.store.lock:
                self.store.requests.append({"method": self.command, "path": target})
            result = self._api(self.command, path, query, body)
            if isinstance(result, tuple):
                self._send_ok(result[1], status=result[0])
            else:
                self._send_ok(result)
        except ApiError as e:
            self._send_error(e)
        except _Raw as raw:
            self._write(raw.status, raw.body, raw.ctype)
        except Exception as exc:  # a bug must never become a 5xx
            traceback.print_exc(file=sys.stderr)
            self._send_error(ApiError(400, "bad_request", f"request could not be handled: {exc.__class__.__name__}"))

    # -- debug routes ------------------------------------------------------------
    def _debug(self, method: str, sub: str, body: bytes) -> None:
        st = self.store
        ct = "application/json"
        if method == "GET" and sub == "/state":
            with st.lock:
                return self._write(200, self._json_bytes(st.dump()), ct)
        if method == "POST" and sub == "/reset":
            st.reset()
            return self._write(200, self._json_bytes({"reset": True}), ct)
        if method == "GET" and sub == "/requests":
            with st.lock:
                return self._write(200, self._json_bytes(list(st.requests)), ct)
        if method == "GET" and sub == "/config":
            obj = {"preset": self.server.preset, "choices": dict(self.cfg), "breaks": sorted(st.breaks),
                   "settings_defaults": SETTINGS_DEFAULTS[self.cfg["settings_profile"]],
                   "debug_prefix": self.server.debug_prefix}
            return self._write(200, self._json_bytes(obj), ct)
        self._write(404, self._json_bytes({"error": "unknown debug route"}), ct)

    # -- API ------------------------------------------------------------------------
    def _api(self, method: str, path: str, query: str, body: bytes):
        cfg = self.cfg
        if method == "HEAD":
            method = "GET"
        if cfg["trailing_slash"] == "lenient":
            path = path.rstrip("/") or "/"
        raw_segs = path.split("/")[1:] if path.startswith("/") else None
        if not raw_segs:
            raise ApiError(404, "unknown_path", "unknown path")
        segs = [unquote(s) for s in raw_segs]
        if cfg["trailing_slash"] == "lenient" and segs in (["group"], ["connection"]):
            segs = [segs[0], ""]
        route = self._route(segs)
        if route is None:
            raise ApiError(404, "unknown_path", f"unknown path {path}")
        methods, args = route
        if method not in methods:
            mode = cfg["method_not_allowed"]
            allow = sorted(methods) if mode == "405-allow" else None
            status = 405 if mode.startswith("405") else int(mode)
            raise ApiError(status, "method_not_allowed", f"{method} is not supported on {path}", allow=allow)
        if query and cfg["query"] == "refuse":
            raise ApiError(self._status_invalid(), "invalid_query", "query parameters are not part of the API")
        handler = methods[method]
        with self.store.lock:
            return handler(body, *args)

    def _route(self, s: list[str]):
        n = len(s)
        if any(x == "" for x in s[:-1]) or (n > 2 and s[-1] == ""):
            return None
        head = s[0]
        reads = self.cfg["connection_reads"] == "on"
        if n == 1 and head == "groups":
            return {"GET": self.list_groups}, ()
        if n == 1 and head == "nearby":
            return {"GET": self.list_nearby}, ()
        if head == "group" and n == 2:
            if s[1] == "":
                return {"PUT": self.create_group}, ()
            return {"GET": self.get_group, "PUT": self.update_group, "DELETE": self.delete_group}, (s[1],)
        if head == "connection":
            if n == 2 and s[1] == "":
                return {"PUT": self.create_connection}, ()
            if n == 2:
                m = {"PUT": self.update_connection, "DELETE": self.delete_connection}
                if reads:
                    m["GET"] = self.get_connection
                return m, (s[1],)
            if n == 3 and s[2] == "credentials":
                m = {"PUT": self.put_connection_credentials, "DELETE": self.delete_connection_credentials}
                if reads:
                    m["GET"] = self.get_connection_credentials
                return m, (s[1],)
            if n == 3 and s[2] == "connect":
                return {"ACTION": self.connect_connection}, (s[1],)
            return None
        if head == "computer" and n >= 2 and s[1] != "":
            cid = s[1]
            if n == 2:
                return {"GET": self.get_computer, "PUT": self.update_computer, "DELETE": self.delete_computer}, (cid,)
            if n == 3 and s[2] == "actions":
                return {"GET": self.list_actions}, (cid,)
            if n == 3 and s[2] == "connections":
                return {"GET": self.list_computer_connections}, (cid,)
            if n == 3 and s[2].lower() == "chat":
                return {"ACTION": self.action_chat}, (cid,)
            if not CONN_RE.match(s[2]) or s[2].lower() in RESERVED_SEGMENTS:
                return None
            if n == 3:
                return {"GET": self.get_computer_connection, "PUT": self.put_computer_connection,
                        "DELETE": self.delete_computer_connection}, (cid, s[2])
            if n == 4 and s[3] == "credentials":
                m = {"GET": self.get_computer_credentials, "DELETE": self.delete_computer_credentials}
                if self.cfg["computer_credentials_put"] == "on":
                    m["PUT"] = self.put_computer_credentials
                return m, (cid, s[2])
            if n == 4 and re.fullmatch(r"[A-Za-z]+", s[3]):
                return {"ACTION": self.action_computer}, (cid, s[2], s[3])
        return None

    # -- helpers --------------------------------------------------------------------
    def _status_invalid(self) -> int:
        return int(self.cfg["status_invalid_body"])

    def _invalid(self, message: str) -> ApiError:
        return ApiError(self._status_invalid(), "invalid_body", message)

    def _unknown(self, kind: str, ident: str) -> ApiError:
        mode = self.cfg["status_unknown_id"]
        if mode == "gone":
            status = 410 if ident in self.store.gone else 404
        else:
            status = int(mode)
        return ApiError(status, "gone" if status == 410 else "not_found", f"{kind} {ident} not found")

    def _whole_update(self, obj: dict) -> None:
        """With partial_update=refuse, an update of a connection or computer must name both documented keys."""
        missing = [k for k in ("name", "category_uid") if k not in obj]
        if missing and self.cfg["partial_update"] == "refuse":
            raise self._invalid(f"{' and '.join(missing)} is required")

    def _json_object(self, body: bytes, allowed: set[str] | None = None) -> dict:
        if not body.strip():
            if self.cfg["empty_body"] == "refuse":
                raise self._invalid("a JSON object body is required")
            return {}
        if self.cfg["content_type_check"] == "strict":
            ctype = (self.headers.get("Content-Type") or "").split(";")[0].strip().lower()
            if not (ctype == "application/json" or (ctype.startswith("application/") and ctype.endswith("+json"))):
                raise ApiError(415, "unsupported_media_type", "send the body as application/json")
        try:
            obj = json.loads(body.decode("utf-8"))
        except (UnicodeDecodeError, ValueError) as exc:
            raise self._invalid(f"malformed JSON: {exc}")
        if not isinstance(obj, dict):
            raise self._invalid("the body must be a JSON object")
        if allowed is not None and self.cfg["unknown_body_keys"] == "refuse":
            extra = sorted(set(obj) - allowed)
            if extra:
                raise self._invalid(f"unknown keys: {', '.join(extra)}")
        return obj

    def _name(self, obj: dict, required: bool):
        if "name" not in obj:
            if required:
                raise self._invalid("name is required")
            return None
        name = obj["name"]
        if not isinstance(name, str) or not name.strip() or len(name) > MAX_NAME or "\x00" in name:
            raise self._invalid("name must be a non-empty string")
        return name

    def _category(self, obj: dict, creating: bool):
        """Returns (present, group_uid_or_None)."""
        mode = self.cfg["missing_category"]
        if "category_uid" not in obj or obj["category_uid"] is None:
            if not creating:
                if "category_uid" not in obj:
                    return False, None
                if mode == "refuse":
                    raise self._invalid("category_uid must name a group")
                return True, None  # null takes the item out of any group
            if mode == "refuse":
                raise self._invalid("category_uid is required")
            if mode == "first" and self.store.groups:
                return True, next(iter(self.store.groups))
            return True, None
        cat = obj["category_uid"]
        if not isinstance(cat, str):
            raise self._invalid("category_uid must be a string")
        if cat not in self.store.groups:
            raise ApiError(int(self.cfg["status_unknown_category"]), "unknown_category", f"no group {cat}")
        return True, cat

    def _wrap(self, items: list):
        shape = self.cfg["list_shape"]
        if shape == "bare":
            return items
        if shape == "nested":
            return {"data": {"items": items}}
        return {shape: items}

    def _mode(self, switch: str, item=None, extra=None):
        mode = self.cfg[switch]
        return {"empty": EMPTY, "true": True, "null": None, "empty-object": {}, "status": {"status": "ok"},
                "item": item, "session": extra}[mode]

    # renderers
    def r_group(self, g: dict) -> dict:
        cfg = self.cfg
        out = {cfg["id_key"]: g["uid"], cfg["name_key"]: g["name"]}
        if cfg["extras"] in ("timestamps", "full"):
            out["created_at"] = g["created_at"]
            out["updated_at"] = g["updated_at"]
        if cfg["extras"] == "full":
            out["item_count"] = len(self.store.live_members(g["uid"]))
        return out

    def r_connection(self, c: dict) -> dict:
        cfg = self.cfg
        out = {cfg["id_key"]: c["uid"], cfg["name_key"]: c["name"], cfg["group_key"]: c["group"],
               "protocol": c["protocol"], "host": c["host"]}
        if cfg["extras"] in ("timestamps", "full"):
            out["created_at"] = c["created_at"]
            out["updated_at"] = c["updated_at"]
        if cfg["extras"] == "full":
            out["credential_keys"] = sorted(c["credentials"])
            out["last_connected_at"] = c["last_connected_at"]
        return out

    def r_computer(self, m: dict) -> dict:
        cfg = self.cfg
        out = {cfg["id_key"]: m["id"], cfg["name_key"]: m["name"], cfg["group_key"]: m["group"],
               "online": m["online"], "platform": m["platform"]}
        if cfg["extras"] in ("timestamps", "full"):
            out["created_at"] = m["created_at"]
            out["updated_at"] = m["updated_at"]
        if cfg["extras"] == "full":
            out["connection_count"] = len(m["connections"])
        return out

    def r_nearby(self, n: dict) -> dict:
        cfg = self.cfg
        return {cfg["id_key"]: n["id"], cfg["name_key"]: n["name"], "address": n["host"],
                "protocol": n["protocol"], "port": n["port"]}

    def r_member(self, kind: str, item: dict) -> dict:
        out = self.r_connection(item) if kind == "connection" else self.r_computer(item)
        out["kind"] = kind
        return out

    def r_settings(self, cid: str, conn_id: str, conn: dict):
        if self.cfg["settings_shape"] == "flat":
            return copy.deepcopy(conn["settings"])
        return {"connection": conn_id, "type": conn["type"], "port": conn["port"],
                "settings": copy.deepcopy(conn["settings"])}

    def r_credentials(self, conn: dict) -> dict:
        if self.cfg["computer_cred_keys"] == "plain":
            return dict(conn["credentials"])
        prefix = CRED_PREFIX.get(conn["type"], conn["type"].lower() + ".")
        return {prefix + k: v for k, v in conn["credentials"].items()}

    # lookups
    def _group(self, uid: str, reading: bool = False) -> dict:
        g = self.store.groups.get(uid)
        if g is None:
            ghost = self.store.ghosts.get(uid)
            if reading and ghost and ghost["kind"] == "group" and "delete-still-readable" in self.store.breaks:
                return ghost["item"]
            raise self._unknown("group", uid)
        return g

    def _connection(self, uid: str, reading: bool = False) -> dict:
        c = self.store.connections.get(uid)
        if c is None:
            ghost = self.store.ghosts.get(uid)
            if reading and ghost and ghost["kind"] == "connection" and "delete-still-readable" in self.store.breaks:
                return ghost["item"]
            raise self._unknown("connection", uid)
        return c

    def _computer(self, cid: str, reading: bool = False) -> dict:
        m = self.store.computers.get(cid)
        if m is None:
            ghost = self.store.ghosts.get(cid)
            if reading and ghost and ghost["kind"] == "computer" and "delete-still-readable" in self.store.breaks:
                return ghost["item"]
            raise self._unknown("computer", cid)
        return m

    def _conn_key(self, m: dict, conn_id: str):
        if conn_id in m["connections"]:
            return conn_id
        if self.cfg["connection_name_case"] == "insensitive":
            for k in m["connections"]:
                if k.upper() == conn_id.upper():
                    return k
        return None

    def _computer_conn(self, cid: str, conn_id: str, reading: bool = False):
        m = self._computer(cid, reading)
        key = self._conn_key(m, conn_id)
        if key is None:
            gkey = f"{cid}/{conn_id.upper()}"
            ghost = self.store.ghosts.get(gkey)
            if reading and ghost and "delete-still-readable" in self.store.breaks:
                return m, ghost["item"]["id"], ghost["item"]["conn"]
            if self.cfg["status_unknown_id"] == "gone" and gkey in self.store.gone:
                raise ApiError(410, "gone", f"connection {conn_id} of computer {cid} was deleted")
            raise self._unknown("connection", f"{conn_id} of computer {cid}")
        return m, key, m["connections"][key]

    def _check_action_body(self, body: bytes) -> None:
        mode = self.cfg["action_request_body"]
        if not body.strip() or mode == "ignore":
            return
        if mode == "refuse":
            raise self._invalid("ACTION takes no body")
        try:
            json.loads(body.decode("utf-8"))
        except (UnicodeDecodeError, ValueError) as exc:
            raise self._invalid(f"malformed JSON: {exc}")

    def _session(self, target: str, action: str) -> dict:
        sid = secrets.token_hex(8)
        entry = {"session": sid, "target": target, "action": action, "at": now_iso()}
        self.store.actions_log.append(entry)
        return {"session": sid, "status": "started", "target": target, "action": action}

    def _offered(self, m: dict) -> list[tuple[str | None, str]]:
        out: list[tuple[str | None, str]] = []
        for conn_id, conn in m["connections"].items():
            for a in TYPE_ACTIONS.get(conn["type"], []):
                out.append((conn_id, a))
        if self.cfg["chat"] == "always" or any(c["type"] == "NEAR" for c in m["connections"].values()):
            out.append((None, "chat"))
        return out

    # -- groups ------------------------------------------------------------------------
    def list_groups(self, body):
        st = self.store
        groups = list(st.groups.values())
        if "create-not-listed" in st.breaks:
            groups = [g for g in groups if g["uid"] not in st.created]
        items = [self.r_group(g) for g in groups]
        if "delete-still-listed" in st.breaks:
            items += [self.r_group(gh["item"]) for gh in st.ghosts.values() if gh["kind"] == "group"]
        return self._wrap(items)

    def get_group(self, body, uid):
        g = self._group(uid, reading=True)
        members = self.store.listed_members(uid) if uid in self.store.groups else []
        mode = self.cfg["group_detail"]
        if mode == "mixed":
            return self._wrap([self.r_member(k, it) for k, it in members])
        conns = [self.r_connection(it) for k, it in members if k == "connection"]
        comps = [self.r_computer(it) for k, it in members if k == "computer"]
        if mode == "split":
            out = self.r_group(g)
            out["links"] = conns
            out["machines"] = comps
            return out
        return {"group": self.r_group(g), "contents": {"connections": conns, "computers": comps}}

    def create_group(self, body):
        obj = self._json_object(body, {"name"})
        name = self._name(obj, required=True)
        st = self.store
        uid = st.new_id("group")
        ts = now_iso()
        g = {"uid": uid, "name": name, "created_at": ts, "updated_at": ts}
        st.groups[uid] = g
        st.created.add(uid)
        out = {"group_uid": uid}
        if self.cfg["create_body"] == "extended":
            out.update({k: v for k, v in self.r_group(g).items() if k != "group_uid"})
        return (201 if "status-201-on-create" in st.breaks else 200), out

    def update_group(self, body, uid):
        g = self._group(uid)
        obj = self._json_object(body, {"name"})
        name = self._name(obj, required=False)
        if name is not None and "rename-noop" not in self.store.breaks:
            g["name"] = name
            g["updated_at"] = now_iso()
        return self._mode("update_body", self.r_group(g))

    def delete_group(self, body, uid):
        st = self.store
        g = self._group(uid)
        rendered = self.r_group(g)
        if "group-delete-noop" in st.breaks:
            return self._mode("delete_body", rendered)
        members = st.live_members(uid)
        if members:
            mode = self.cfg["group_delete"]
            if mode == "refuse":
                raise ApiError(int(self.cfg["status_group_not_empty"]), "group_not_empty",
                               f"group {uid} holds {len(members)} item(s)")
            if mode == "cascade":
                for ident, (kind, item) in members:
                    if kind == "connection":
                        st.forget("connection", ident, st.connections.pop(ident))
                    else:
                        st.forget("computer", ident, st.computers.pop(ident))
            else:  # move to the first other group, or out of any group
                target = next((k for k in st.groups if k != uid), None)
                for _, (kind, item) in members:
                    item["group"] = target
                    item["updated_at"] = now_iso()
        st.forget("group", uid, st.groups.pop(uid))
        return self._mode("delete_body", rendered)

    def list_nearby(self, body):
        if "server-error" in self.store.breaks:
            raise _Raw(500, b'{"message":"internal error (break server-error)","code":"internal"}',
                       CONTENT_TYPES[self.cfg["content_type"]])
        return self._wrap([self.r_nearby(n) for n in self.store.nearby])

    # -- connections ---------------------------------------------------------------------
    def create_connection(self, body):
        obj = self._json_object(body, {"name", "category_uid"})
        name = self._name(obj, required=True)
        _, group = self._category(obj, creating=True)
        st = self.store
        uid = st.new_id("connection")
        ts = now_iso()
        proto = self.cfg["new_connection_protocol"]
        c = {"uid": uid, "name": name, "group": group, "protocol": None if proto == "none" else proto,
             "host": "", "credentials": {}, "created_at": ts, "updated_at": ts, "last_connected_at": None}
        st.connections[uid] = c
        st.created.add(uid)
        out = {"uid": uid}
        if self.cfg["create_body"] == "extended":
            out.update({k: v for k, v in self.r_connection(c).items() if k != "uid"})
        return (201 if "status-201-on-create" in st.breaks else 200), out

    def get_connection(self, body, uid):
        return self.r_connection(self._connection(uid, reading=True))

    def update_connection(self, body, uid):
        c = self._connection(uid)
        obj = self._json_object(body, {"name", "category_uid"})
        self._whole_update(obj)
        name = self._name(obj, required=False)
        present, group = self._category(obj, creating=False)
        changed = False
        if name is not None and "rename-noop" not in self.store.breaks:
            c["name"] = name
            changed = True
        if present and "move-noop" not in self.store.breaks:
            c["group"] = group
            changed = True
        if changed:
            c["updated_at"] = now_iso()
        return self._mode("update_body", self.r_connection(c))

    def delete_connection(self, body, uid):
        c = self._connection(uid)
        rendered = self.r_connection(c)
        self.store.forget("connection", uid, self.store.connections.pop(uid))
        return self._mode("delete_body", rendered)

    def _cred_keys_allowed(self, c: dict, obj: dict) -> dict:
        mode = self.cfg["credentials_protocol"]
        out = {}
        for k, v in obj.items():
            if v is not None and not isinstance(v, str):
                raise self._invalid(f"{k} must be a string or null")
            if mode == "open":
                out[k] = v
                continue
            if k in ALL_CONNECTION_CRED_KEYS:
                own = CONNECTION_CRED_KEYS.get(c["protocol"] or "", ALL_CONNECTION_CRED_KEYS)
                if mode == "own" and k not in own:
                    raise self._invalid(f"{k} does not belong to a {c['protocol']} connection")
                out[k] = v
            elif self.cfg["unknown_body_keys"] == "refuse":
                raise self._invalid(f"unknown credential key {k}")
        return out

    def put_connection_credentials(self, body, uid):
        c = self._connection(uid)
        obj = self._json_object(body, None)
        given = self._cred_keys_allowed(c, obj)
        if "credentials-put-ignored" not in self.store.breaks:
            if self.cfg["credentials_put"] == "replace":
                c["credentials"] = {k: v for k, v in given.items() if v is not None}
            else:
                for k, v in given.items():
                    if v is None:
                        c["credentials"].pop(k, None)
                    else:
                        c["credentials"][k] = v
            c["updated_at"] = now_iso()
        return self._mode("update_body", self.r_connection(c))

    def get_connection_credentials(self, body, uid):
        return dict(self._connection(uid, reading=True)["credentials"])

    def delete_connection_credentials(self, body, uid):
        c = self._connection(uid)
        if not c["credentials"] and self.cfg["delete_missing_credentials"] == "error":
            raise ApiError(404, "no_credentials", f"connection {uid} has no credentials")
        c["credentials"] = {}
        c["updated_at"] = now_iso()
        if "non-json-success" in self.store.breaks:
            raise _Raw(200, b"credentials deleted\n", "text/plain; charset=utf-8")
        return self._mode("delete_body", self.r_connection(c))

    def connect_connection(self, body, uid):
        c = self._connection(uid)
        self._check_action_body(body)
        if "connection-connect-refused" in self.store.breaks:
            raise ApiError(int(self.cfg["status_action_unavailable"]), "action_unavailable",
                           "connect refused (break connection-connect-refused)")
        c["last_connected_at"] = now_iso()
        return self._mode("action_body", extra=self._session(f"/connection/{uid}", "connect"))

    # -- computers -------------------------------------------------------------------------
    def get_computer(self, body, cid):
        return self.r_computer(self._computer(cid, reading=True))

    def update_computer(self, body, cid):
        m = self._computer(cid)
        obj = self._json_object(body, {"name", "category_uid"})
        self._whole_update(obj)
        name = self._name(obj, required=False)
        present, group = self._category(obj, creating=False)
        if name is not None and "computer-rename-noop" not in self.store.breaks:
            m["name"] = name
        if present and "move-noop" not in self.store.breaks:
            m["group"] = group
        m["updated_at"] = now_iso()
        return self._mode("update_body", self.r_computer(m))

    def delete_computer(self, body, cid):
        m = self._computer(cid)
        rendered = self.r_computer(m)
        self.store.forget("computer", cid, self.store.computers.pop(cid))
        return self._mode("delete_body", rendered)

    def list_actions(self, body, cid):
        m = self._computer(cid, reading=True)
        offered = self._offered(m)
        shape = self.cfg["actions_shape"]
        if shape == "map":
            out: dict[str, list[str]] = {}
            for conn_id, a in offered:
                out.setdefault(conn_id or "computer", []).append(a)
            return out
        if shape == "objects":
            items = [{"connection": conn_id, "action": a} for conn_id, a in offered]
        elif shape == "paths":
            items = [f"/computer/{cid}/{conn_id}/{a}" if conn_id else f"/computer/{cid}/{a}" for conn_id, a in offered]
        else:
            items = [f"{conn_id}/{a}" if conn_id else a for conn_id, a in offered]
        return self._wrap(items)

    def list_computer_connections(self, body, cid):
        st = self.store
        m = self._computer(cid, reading=True)
        conns = list(m["connections"].items())
        if "delete-still-listed" in st.breaks:
            conns += [(g["item"]["id"], g["item"]["conn"]) for k, g in st.ghosts.items()
                      if g["kind"] == "computer-connection" and k.startswith(cid + "/")]
        shape = self.cfg["connections_shape"]
        if shape == "strings":
            items = [k for k, _ in conns]
        elif shape == "objects":
            items = [{"name": k, "type": c["type"], "port": c["port"]} for k, c in conns]
        else:
            items = [{"connection_type": c["type"], "port": c["port"], "path": f"/computer/{cid}/{k}",
                      "has_credentials": bool(c["credentials"])} for k, c in conns]
        return self._wrap(items)

    def get_computer_connection(self, body, cid, conn_id):
        m, key, conn = self._computer_conn(cid, conn_id, reading=True)
        return self.r_settings(cid, key, conn)

    def put_computer_connection(self, body, cid, conn_id):
        st = self.store
        m = self._computer(cid)
        obj = self._json_object(body, None)
        key = self._conn_key(m, conn_id)
        creating = key is None
        if creating:
            ctype, port = parse_conn_id(conn_id)
            if self.cfg["missing_computer_connection_put"] != "create" or ctype not in TYPE_ACTIONS:
                self._computer_conn(cid, conn_id)  # raises the unknown-id error
            key = ctype + (f"_{port}" if port is not None else "")
            if self.cfg["connection_name_case"] == "exact" and key != conn_id:
                self._computer_conn(cid, conn_id)
            conn = {"type": ctype, "port": port, "settings": copy.deepcopy(self.store.defaults(ctype)), "credentials": {}}
        else:
            conn = m["connections"][key]
        defaults = self.store.defaults(conn["type"])
        mode = self.cfg["unknown_setting"]
        for k in obj:
            if k not in defaults and mode == "refuse" and obj[k] is not None:
                raise self._invalid(f"{conn['type']} connections have no setting {k}")
        settings = copy.deepcopy(defaults) if "partial-put-replaces" in st.breaks else conn["settings"]
        for k, v in obj.items():
            if v is None:
                if "null-no-reset" in st.breaks:
                    continue
                if self.cfg["null_mode"] == "default" and k in defaults:
                    settings[k] = copy.deepcopy(defaults[k])
                else:
                    settings.pop(k, None)
            elif k in defaults or mode == "store":
                settings[k] = v
        conn["settings"] = settings
        if creating:
            m["connections"][key] = conn
            st.gone.discard(f"{cid}/{key.upper()}")
            st.ghosts.pop(f"{cid}/{key.upper()}", None)
        m["updated_at"] = now_iso()
        return self._mode("update_body", self.r_settings(cid, key, conn))

    def delete_computer_connection(self, body, cid, conn_id):
        st = self.store
        m, key, conn = self._computer_conn(cid, conn_id)
        rendered = self.r_settings(cid, key, conn)
        if self.cfg["computer_connection_delete"] == "reset":
            conn["settings"] = copy.deepcopy(self.store.defaults(conn["type"]))
        else:
            del m["connections"][key]
            gkey = f"{cid}/{key.upper()}"
            st.gone.add(gkey)
            st.ghosts[gkey] = {"kind": "computer-connection", "item": {"id": key, "conn": copy.deepcopy(conn)}}
        m["updated_at"] = now_iso()
        return self._mode("delete_body", rendered)

    def get_computer_credentials(self, body, cid, conn_id):
        m, key, conn = self._computer_conn(cid, conn_id, reading=True)
        if not conn["credentials"] and self.cfg["empty_credentials_read"] == "404":
            raise ApiError(404, "no_credentials", f"connection {key} of computer {cid} has no credentials")
        return self.r_credentials(conn)

    def put_computer_credentials(self, body, cid, conn_id):
        m, key, conn = self._computer_conn(cid, conn_id)
        obj = self._json_object(body, None)
        fields = CRED_FIELDS.get(conn["type"], ["username", "password"])
        prefix = CRED_PREFIX.get(conn["type"], conn["type"].lower() + ".")
        given = {}
        prefixed = self.cfg["computer_cred_keys"] == "prefixed"
        for k, v in obj.items():
            if prefixed:
                field = k[len(prefix):] if k.startswith(prefix) else None
            else:
                field = k
            if field not in fields:
                if self.cfg["unknown_body_keys"] == "refuse":
                    raise self._invalid(f"{k} is not a credential of a {conn['type']} connection")
                continue
            if v is not None and not isinstance(v, str):
                raise self._invalid(f"{k} must be a string or null")
            given[field] = v
        if self.cfg["credentials_put"] == "replace":
            conn["credentials"] = {k: v for k, v in given.items() if v is not None}
        else:
            for k, v in given.items():
                if v is None:
                    conn["credentials"].pop(k, None)
                else:
                    conn["credentials"][k] = v
        return self._mode("update_body", self.r_credentials(conn))

    def delete_computer_credentials(self, body, cid, conn_id):
        m, key, conn = self._computer_conn(cid, conn_id)
        if not conn["credentials"] and self.cfg["delete_missing_credentials"] == "error":
            raise ApiError(404, "no_credentials", f"connection {key} of computer {cid} has no credentials")
        rendered = self.r_credentials(conn)
        conn["credentials"] = {}
        return self._mode("delete_body", rendered)

    def action_computer(self, body, cid, conn_id, action):
        m = self._computer(cid)
        self._check_action_body(body)
        m, key, conn = self._computer_conn(cid, conn_id)
        if self.cfg["connection_name_case"] == "insensitive":
            action = action.lower()
        if (key, action) not in self._offered(m):
            raise ApiError(int(self.cfg["status_action_unavailable"]), "action_unavailable",
                           f"{key} of computer {cid} does not offer {action}")
        if "computer-actions-refused" in self.store.breaks:
            raise ApiError(int(self.cfg["status_action_unavailable"]), "action_unavailable",
                           "refused (break computer-actions-refused)")
        return self._mode("action_body", extra=self._session(f"/computer/{cid}/{key}", action))

    def action_chat(self, body, cid):
        m = self._computer(cid)
        self._check_action_body(body)
        if (None, "chat") not in self._offered(m):
            raise ApiError(int(self.cfg["status_action_unavailable"]), "action_unavailable",
                           f"computer {cid} does not offer chat")
        if "computer-actions-refused" in self.store.breaks:
            raise ApiError(int(self.cfg["status_action_unavailable"]), "action_unavailable",
                           "refused (break computer-actions-refused)")
        return self._mode("action_body", extra=self._session(f"/computer/{cid}", "chat"))


class _Raw(Exception):
    """A hand-made answer, used only by the breaks."""

    def __init__(self, status: int, body: bytes, ctype: str):
        super().__init__(status)
        self.status, self.body, self.ctype = status, body, ctype


# ---------------------------------------------------------------------------
# main
# ---------------------------------------------------------------------------

def describe() -> str:
    lines = ["switches (name: default; values):"]
    for name, (default, values, desc) in SWITCHES.items():
        lines.append(f"  {name}: {default}; {' | '.join(values)}  -- {desc}")
    lines.append("presets: " + ", ".join(PRESETS))
    lines.append("breaks:")
    for name, desc in BREAKS.items():
        lines.append(f"  {name}  -- {desc}")
    return "\n".join(lines)


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description="Independent Remotix HTTP API server (test target)")
    ap.add_argument("--port", type=int, default=0, help="TCP port on 127.0.0.1; 0 picks a free one (default)")
    ap.add_argument("--preset", help=f"one of {', '.join(PRESETS)}")
    ap.add_argument("--config", help="JSON file: {preset?, choices?: {name: value}, breaks?: [...]} or a flat {name: value}")
    ap.add_argument("--choice", action="append", default=[], metavar="NAME=VALUE", help="set one switch (repeatable)")
    ap.add_argument("--break", dest="breaks", action="append", default=[], metavar="NAME", help="break one documented behaviour (repeatable)")
    ap.add_argument("--data", help="JSON seed data file (format in README.md)")
    ap.add_argument("--debug-prefix", default="/__independent", help="path prefix of the debug routes")
    ap.add_argument("--list", action="store_true", help="print switches, presets and breaks, then exit")
    ap.add_argument("--verbose", action="store_true", help="log every request on stderr")
    args = ap.parse_args(argv)
    if args.list:
        print(describe())
        return 0
    try:
        cfg, breaks, preset = build_config(args.preset, args.config, args.choice, args.breaks)
        seed = SEED
        if args.data:
            with open(args.data, encoding="utf-8") as fh:
                seed = json.load(fh)
        prefix = "/" + args.debug_prefix.strip("/")
        if prefix == "/":
            raise ValueError("--debug-prefix must not be empty")
        store = Store(cfg, breaks, seed)
    except (ValueError, OSError, KeyError, TypeError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    server = Server(("127.0.0.1", args.port), Handler, store, prefix, preset, args.verbose)

    def stop(signum, frame):
        threading.Thread(target=server.shutdown, daemon=True).start()

    signal.signal(signal.SIGTERM, stop)
    signal.signal(signal.SIGINT, stop)
    print(f"LISTENING {server.server_address[1]}", flush=True)
    try:
        server.serve_forever(poll_interval=0.1)
    finally:
        server.server_close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
