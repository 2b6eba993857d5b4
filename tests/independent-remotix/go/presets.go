package main

// Preset holds every choice the reference leaves open.
type Preset struct {
	Name string
	Desc string

	// ids
	IDStyle     string   // num | hexdash | ulid | uuid
	ComputerIDs []string // seed computer ids, first one is printed at start

	// shapes
	ListStyle     string // bare | keyed | envelope | items
	Envelope      bool   // single objects are wrapped as {"ok":true,"data":...}; creates get "ok":true added
	GroupIDKey    string // id key of group objects in lists
	ConnIDKey     string // id key of connection objects
	CompIDKey     string // id key of computer objects
	KindKey       string // key telling connection from computer in group listings
	TypeKey       string // connection type field name (in and out)
	AddrKey       string // connection address field name (in and out)
	CredsFlagKey  string // boolean "has credentials" field on connections
	SettingsStyle string // bare | nested
	CompConnStyle string // strings | objects
	ActionsStyle  string // paths | objects | grouped | named
	CredsPassword string // show | mask | omit

	// replies
	UpdateReply string // empty | object | status
	DeleteReply string // empty | status | deleted
	ActionReply string // empty | status | detailed | accepted

	// errors
	ErrStyle string         // json | text | problem | envelope
	Status   map[string]int // error kind -> status
	Method   string         // 405 | 404 for a method the path lacks

	// input handling
	RejectUnknown     bool // unknown JSON keys -> "invalid"
	PartialUpdates    bool // PUT /group/<uid>, /connection/<uid>, /computer/<id> may omit fields
	DefaultCategory   bool // connection create without category_uid goes to the first group
	LenientSlash      bool // trailing slashes ignored everywhere; PUT /group and PUT /connection create
	CaseInsensitive   bool // ids and connection types matched case-insensitively
	StoreUnknown      bool // unknown setting/credential keys are stored (otherwise dropped, or refused when strict)
	TrimNames         bool
	NameMax           int
	UniqueGroupNames  bool
	StrictSettings    bool   // unknown setting keys and wrong value types refused
	StrictCreds       bool   // only the credential keys of the connection type, string values
	ExtraReads        bool   // GET /connection/<uid> and GET /connection/<uid>/credentials exist
	ComputerCredsPut  bool   // PUT /computer/<id>/<conn>/credentials exists
	PostAsAction      bool   // POST accepted wherever ACTION is
	RequireJSONType   bool   // a non-JSON Content-Type on a body is refused (415)
	NullCategory      bool   // category_uid: null on updates means "no group"
	EmptyCreds404     bool   // GET credentials with nothing stored -> not_found
	DeleteNonEmpty    string // refuse | cascade | move
	DeleteConnSetting string // reset | remove
	DefaultConnType   string

	ComputerActions []string
	Actions         map[string][]string               // connection type -> actions
	Defaults        map[string]map[string]interface{} // connection type -> settings defaults
}

var presets = []*Preset{
	{
		Name:        "plain",
		Desc:        "bare JSON arrays, small numeric string ids, {} replies, JSON errors 404/400, 405+Allow, refuse deleting non-empty group (409)",
		IDStyle:     "num",
		ComputerIDs: []string{"400100", "400217"},
		ListStyle:   "bare", GroupIDKey: "group_uid", ConnIDKey: "uid", CompIDKey: "computer_id",
		KindKey: "type", TypeKey: "connection_type", AddrKey: "host", CredsFlagKey: "has_credentials",
		SettingsStyle: "bare", CompConnStyle: "strings", ActionsStyle: "paths", CredsPassword: "show",
		UpdateReply: "empty", DeleteReply: "empty", ActionReply: "empty",
		ErrStyle:       "json",
		Status:         map[string]int{"not_found": 404, "bad_json": 400, "invalid": 400, "conflict": 409, "media": 415, "unknown_action": 404},
		Method:         "405",
		PartialUpdates: true, NameMax: 255, ExtraReads: true, NullCategory: true,
		DeleteNonEmpty: "refuse", DeleteConnSetting: "reset", DefaultConnType: "NEAR",
		ComputerActions: []string{"chat"},
		Actions: map[string][]string{
			"NEAR": {"control", "curtain", "observe", "ft"},
			"VNC":  {"control"},
			"RDP":  {"control"},
		},
		Defaults: map[string]map[string]interface{}{
			"NEAR": {"rxp.quality": "auto", "rxp.scale": true, "rxp.sound": false},
			"VNC":  {"vnc.quality": "medium", "vnc.view_only": false},
			"RDP":  {"rdp.width": 1280, "rdp.height": 800, "rdp.sound": "local"},
		},
	},
	{
		Name:        "envelope",
		Desc:        "everything enveloped {ok,data,count}, grp_/ULID ids, computer ids cc-xxxxxx, envelope errors with 404/422, full objects on update, cascade group delete",
		IDStyle:     "ulid",
		ComputerIDs: []string{"cc-5f1d2e", "cc-9a07b3"},
		ListStyle:   "envelope", Envelope: true, GroupIDKey: "uid", ConnIDKey: "uid", CompIDKey: "id",
		KindKey: "kind", TypeKey: "protocol", AddrKey: "address", CredsFlagKey: "credentials_set",
		SettingsStyle: "nested", CompConnStyle: "objects", ActionsStyle: "objects", CredsPassword: "mask",
		UpdateReply: "object", DeleteReply: "deleted", ActionReply: "detailed",
		ErrStyle:       "envelope",
		Status:         map[string]int{"not_found": 404, "bad_json": 422, "invalid": 422, "conflict": 409, "media": 415, "unknown_action": 422},
		Method:         "405",
		PartialUpdates: true, LenientSlash: true, NameMax: 64, ExtraReads: true, NullCategory: true,
		DeleteNonEmpty: "cascade", DeleteConnSetting: "remove", DefaultConnType: "NEAR",
		ComputerActions: []string{"chat", "wake", "lock"},
		Actions: map[string][]string{
			"NEAR": {"control", "observe", "curtain", "ft"},
			"VNC":  {"control", "observe"},
			"RDP":  {"control", "admin"},
		},
		Defaults: map[string]map[string]interface{}{
			"NEAR": {"quality": "best", "scaling": "fit", "clipboard_sync": true, "audio": false, "curtain_on_connect": false},
			"VNC":  {"quality": "adaptive", "encoding": "tight", "view_only": false, "cursor": "local"},
			"RDP":  {"resolution": "1920x1080", "color_depth": 32, "admin_console": false, "gateway": ""},
		},
	},
	{
		Name:        "lenient",
		Desc:        "keyed lists {\"groups\":[...]}, reference-style hex ids 0123-CDEF, plain-text errors, 404 for wrong methods, anything goes: unknown keys stored/ignored, slashes/case ignored, POST=ACTION, non-empty group delete moves items out",
		IDStyle:     "hexdash",
		ComputerIDs: []string{"481516", "234223"},
		ListStyle:   "keyed", GroupIDKey: "group_uid", ConnIDKey: "uid", CompIDKey: "computer_id",
		KindKey: "item", TypeKey: "type", AddrKey: "address", CredsFlagKey: "credentials",
		SettingsStyle: "bare", CompConnStyle: "objects", ActionsStyle: "grouped", CredsPassword: "show",
		UpdateReply: "status", DeleteReply: "status", ActionReply: "status",
		ErrStyle:       "text",
		Status:         map[string]int{"not_found": 404, "bad_json": 400, "invalid": 400, "conflict": 409, "media": 415, "unknown_action": 404},
		Method:         "404",
		PartialUpdates: true, DefaultCategory: true, LenientSlash: true, CaseInsensitive: true, StoreUnknown: true, TrimNames: true,
		NameMax: 1024, ExtraReads: true, ComputerCredsPut: true, PostAsAction: true, NullCategory: true,
		DeleteNonEmpty: "move", DeleteConnSetting: "reset", DefaultConnType: "NEAR",
		ComputerActions: []string{"chat", "wake"},
		Actions: map[string][]string{
			"NEAR": {"control", "curtain", "observe", "ft", "audio"},
			"VNC":  {"control", "view"},
			"RDP":  {"control"},
		},
		Defaults: map[string]map[string]interface{}{
			"NEAR": {"rxp.quality": "high", "rxp.audio": true},
			"VNC":  {"vnc.encoding": "zrle", "vnc.scale": 100},
			"RDP":  {"rdp.resolution": "auto", "rdp.drives": false, "rdp.domain_hint": ""},
		},
	},
	{
		Name:        "strict",
		Desc:        "{items,total} lists, UUID ids, problem+json errors 404/400/422/409/415, 405+Allow, unknown keys refused, full bodies required on updates, typed settings, passwords never shown, no undocumented routes",
		IDStyle:     "uuid",
		ComputerIDs: []string{"7714205531", "7714209904"},
		ListStyle:   "items", GroupIDKey: "uid", ConnIDKey: "uid", CompIDKey: "computer_id",
		KindKey: "item_type", TypeKey: "type", AddrKey: "host", CredsFlagKey: "has_credentials",
		SettingsStyle: "nested", CompConnStyle: "objects", ActionsStyle: "named", CredsPassword: "omit",
		UpdateReply: "object", DeleteReply: "empty", ActionReply: "accepted",
		ErrStyle:      "problem",
		Status:        map[string]int{"not_found": 404, "bad_json": 400, "invalid": 422, "conflict": 409, "media": 415, "unknown_action": 400},
		Method:        "405",
		RejectUnknown: true, NameMax: 100, UniqueGroupNames: true, StrictSettings: true, StrictCreds: true,
		RequireJSONType: true, EmptyCreds404: true,
		DeleteNonEmpty: "refuse", DeleteConnSetting: "remove", DefaultConnType: "NEAR",
		ComputerActions: []string{"chat"},
		Actions: map[string][]string{
			"NEAR": {"control", "observe", "ft", "curtain"},
			"VNC":  {"control"},
			"RDP":  {"control"},
		},
		Defaults: map[string]map[string]interface{}{
			"NEAR": {"near.quality": 3, "near.frame_rate": 30, "near.audio": false, "near.clipboard": true},
			"VNC":  {"vnc.quality": 6, "vnc.compression": 2, "vnc.view_only": false},
			"RDP":  {"rdp.width": 1920, "rdp.height": 1080, "rdp.depth": 24, "rdp.console": false, "rdp.nla": true},
		},
	},
}

type breakDef struct{ Name, Desc string }

var breaks = []breakDef{
	{"rename-ignored", "PUT /group/<uid> answers success but the group keeps its old name"},
	{"null-no-reset", "null in PUT /computer/<id>/<conn> is stored as a literal null instead of resetting the field to its default"},
	{"partial-replaces", "PUT /computer/<id>/<conn> replaces all settings: fields not in the body fall back to defaults"},
	{"deleted-readable", "DELETE /connection/<uid> answers success but the connection stays (group list, GET, updates)"},
	{"created-not-listed", "a connection created with PUT /connection/ does not appear in GET /group/<its category_uid>"},
	{"nearby-500", "GET /nearby answers 500"},
	{"text-success", "GET /groups answers 200 with a text/plain, non-JSON body"},
	{"action-refused", "ACTION .../curtain (a listed action) is refused with 403"},
	{"creds-not-stored", "PUT /connection/<uid>/credentials answers success but stores nothing"},
	{"move-ignored", "PUT /connection/<uid> ignores category_uid: the connection stays in its old group"},
	{"create-201", "PUT /group/ and PUT /connection/ answer 201 instead of 200"},
	{"badjson-500", "malformed JSON bodies are answered 500 instead of 4xx"},
	{"group-uid-key", "PUT /group/ answers {\"id\":...} instead of {\"group_uid\":...}"},
	{"port-ignored", "<connection_type>_<port> paths are not understood: RDP_3390 and similar answer 404"},
	{"computer-delete-noop", "DELETE /computer/<id> answers success but the computer stays readable"},
	{"notfound-200", "unknown ids are answered 200 (with an error body) instead of 4xx"},
	{"creds-delete-noop", "DELETE /computer/<id>/<conn>/credentials answers success but the credentials stay"},
	{"settings-put-ignored", "PUT /computer/<id>/<conn> answers success but changes nothing"},
}

func findPreset(name string) *Preset {
	for _, p := range presets {
		if p.Name == name {
			return p
		}
	}
	return nil
}

func validBreak(name string) bool {
	if name == "" {
		return true
	}
	for _, b := range breaks {
		if b.Name == name {
			return true
		}
	}
	return false
}
