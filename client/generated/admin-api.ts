/**
 * Generated from openapi/admin.yaml by `npm run types:generate` (openapi-typescript): do not edit by hand.
 * `npm run types:check` fails while this file differs from what the document gives.
 *
 * `operations` is keyed by operationId and includes the `ACTION` operations; `paths` has only the
 * fixed methods (GET, PUT, ...), as openapi-typescript knows no others. `operationTable` gives each
 * operation its method, path template and query parameter names.
 */

export interface paths {
    "/__admin/health": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Answers 200 while the mock is serving */
        get: operations["getHealth"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/__admin/actions": {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description The mock session to work in. Each name has its own state, forked from the fixtures on first use, and
                 *     its own journals and faults; without the header, requests share the default session. The header
                 *     works the same on the Remotix API's own paths.
                 */
                "X-Mock-Session"?: components["parameters"]["MockSession"];
            };
            path?: never;
            cookie?: never;
        };
        /** The journal of accepted ACTION calls, oldest first */
        get: operations["listActions"];
        put?: never;
        post?: never;
        /** Empty the action journal (sequence numbers keep counting) */
        delete: operations["clearActions"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/__admin/actions/count": {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description The mock session to work in. Each name has its own state, forked from the fixtures on first use, and
                 *     its own journals and faults; without the header, requests share the default session. The header
                 *     works the same on the Remotix API's own paths.
                 */
                "X-Mock-Session"?: components["parameters"]["MockSession"];
            };
            path?: never;
            cookie?: never;
        };
        /** How many journaled ACTIONs match the filters, for verification */
        get: operations["countActions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/__admin/requests": {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description The mock session to work in. Each name has its own state, forked from the fixtures on first use, and
                 *     its own journals and faults; without the header, requests share the default session. The header
                 *     works the same on the Remotix API's own paths.
                 */
                "X-Mock-Session"?: components["parameters"]["MockSession"];
            };
            path?: never;
            cookie?: never;
        };
        /** The journal of API requests, oldest first, secrets masked */
        get: operations["listRequests"];
        put?: never;
        post?: never;
        /** Empty the request journal (sequence numbers keep counting) */
        delete: operations["clearRequests"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/__admin/requests/count": {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description The mock session to work in. Each name has its own state, forked from the fixtures on first use, and
                 *     its own journals and faults; without the header, requests share the default session. The header
                 *     works the same on the Remotix API's own paths.
                 */
                "X-Mock-Session"?: components["parameters"]["MockSession"];
            };
            path?: never;
            cookie?: never;
        };
        /** How many journaled API requests match the filters */
        get: operations["countRequests"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/__admin/reset": {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description The mock session to work in. Each name has its own state, forked from the fixtures on first use, and
                 *     its own journals and faults; without the header, requests share the default session. The header
                 *     works the same on the Remotix API's own paths.
                 */
                "X-Mock-Session"?: components["parameters"]["MockSession"];
            };
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Back to the loaded fixtures, or to the fixture set in the body
         * @description Restores the data, empties both journals (their sequence numbers restart at 1), ends every remote
         *     session and clears the faults of the mock session. With a `Fixture` in the body, it takes that
         *     data instead; a later reset without a body goes back to the loaded fixtures.
         */
        post: operations["resetState"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/__admin/state": {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description The mock session to work in. Each name has its own state, forked from the fixtures on first use, and
                 *     its own journals and faults; without the header, requests share the default session. The header
                 *     works the same on the Remotix API's own paths.
                 */
                "X-Mock-Session"?: components["parameters"]["MockSession"];
            };
            path?: never;
            cookie?: never;
        };
        /** The whole state of the mock session as a fixture file */
        get: operations["exportState"];
        /** Replace the mock session's data with a fixture (the journals are kept) */
        put: operations["importState"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/__admin/faults": {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description The mock session to work in. Each name has its own state, forked from the fixtures on first use, and
                 *     its own journals and faults; without the header, requests share the default session. The header
                 *     works the same on the Remotix API's own paths.
                 */
                "X-Mock-Session"?: components["parameters"]["MockSession"];
            };
            path?: never;
            cookie?: never;
        };
        /** The faults in force in the mock session */
        get: operations["getFaults"];
        /**
         * Replace the mock session's faults
         * @description `latency` delays every API request by a fixed (`minMs` = `maxMs`) or random time. Each rule takes
         *     the next `times` API requests that match it: they answer `status` (a problem document), or with
         *     `close: true` their connection is closed without an answer. The `starting` profile answers 503 with
         *     `Retry-After` for `durationMs` (5000 unless given). The `app-not-running` profile, in the default
         *     session, stops the server from accepting connections (new ones are refused; the admin API still
         *     answers on connections already open) until it is cleared or `durationMs` passes; in a named session,
         *     whose requests can only be told apart once they arrive, it closes each API request's connection
         *     unanswered. Admin requests are never faulted. Each fault shows in the request journal.
         */
        put: operations["setFaults"];
        post?: never;
        /** Clear every fault of the mock session */
        delete: operations["clearFaults"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/__admin/sessions": {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description The mock session to work in. Each name has its own state, forked from the fixtures on first use, and
                 *     its own journals and faults; without the header, requests share the default session. The header
                 *     works the same on the Remotix API's own paths.
                 */
                "X-Mock-Session"?: components["parameters"]["MockSession"];
            };
            path?: never;
            cookie?: never;
        };
        /**
         * The remote sessions that accepted ACTIONs opened and that are still open
         * @description Remotix's own API has no call that reads these; this is the mock's view of what an integration launched.
         */
        get: operations["listRemoteSessions"];
        put?: never;
        post?: never;
        /** End every open remote session */
        delete: operations["endAllRemoteSessions"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/__admin/sessions/{id}": {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description The mock session to work in. Each name has its own state, forked from the fixtures on first use, and
                 *     its own journals and faults; without the header, requests share the default session. The header
                 *     works the same on the Remotix API's own paths.
                 */
                "X-Mock-Session"?: components["parameters"]["MockSession"];
            };
            path: {
                id: number;
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** End one remote session */
        delete: operations["endRemoteSession"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/__admin/mock-sessions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The default mock session and every named (X-Mock-Session) one alive */
        get: operations["listMockSessions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/__admin/mock-sessions/{name}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                name: components["schemas"]["MockSessionName"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Drop a named mock session and everything in it */
        delete: operations["deleteMockSession"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/__admin": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Sends a browser on to the dashboard, at /__admin/
         * @description WireMock, Mockoon and Prism users type the prefix without its slash; the dashboard is one slash away.
         */
        get: operations["redirectToDashboard"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/__admin/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The live dashboard, a page for a browser
         * @description Plain HTML with one stylesheet and one script, all served by the mock (`/__admin/ui/{asset}`). The
         *     page polls this API about once a second: the groups with their connections and computers, the
         *     remote sessions, the action and request journals (status colours by class), buttons that reset
         *     the state and clear the journals, and a picker of mock sessions that sets `X-Mock-Session` on
         *     every call it makes. With `--admin-token` it asks for the token and sends it as a bearer token.
         */
        get: operations["getDashboard"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/__admin/docs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Interactive docs of both documents (Swagger UI), entirely offline
         * @description Swagger UI from the `swagger-ui-dist` package, with every file served by the mock: nothing from a
         *     CDN. It shows `/__admin/docs/remotix.yaml` and `/__admin/docs/admin.yaml`, one at a time (a picker
         *     in its top bar; `?doc=admin` opens the admin API first).
         */
        get: operations["getDocsPage"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/__admin/docs/{document}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                document: "remotix.yaml" | "admin.yaml";
            };
            cookie?: never;
        };
        /**
         * A document as the docs page shows it (OpenAPI 3.2, ACTION included)
         * @description The document with `openapi: 3.2.0` and each `x-oai-additionalOperations` renamed
         *     `additionalOperations`, which Swagger UI reads, so the `ACTION` operations show with their own
         *     method; `servers` starts with `/` (this mock, so "Try it out" calls the page's own origin), and a
         *     bearer security scheme, optional, is added for `--token` (`mockToken`) or `--admin-token`
         *     (`adminToken`). The documents as written are the package's `openapi/` files.
         */
        get: operations["getDocsDocument"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/__admin/ui/{asset}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A file name such as `dashboard.js` or `swagger-ui-bundle.js`; never a path. */
                asset: string;
            };
            cookie?: never;
        };
        /**
         * A file the pages load (their script and styles, Swagger UI's files)
         * @description Only the files the pages need are served; any other name is 404.
         */
        get: operations["getUiAsset"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        MockSessionName: string;
        MockSessionSummary: {
            /** @description `null` for the default session. */
            name: components["schemas"]["MockSessionName"] | null;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            lastUsed: string;
            actions: number;
            requests: number;
        };
        RequestRecord: {
            seq: number;
            /** Format: date-time */
            time: string;
            method: string;
            path: string;
            /** @description 0 when the mock closed the connection without answering. */
            status: number;
            durationMs: number;
            /** @description The JSON body, with passwords and tokens masked as `***`. */
            body?: unknown;
            /**
             * @example latency:120ms
             * @example status:503
             * @example closed
             * @example starting
             * @example app-not-running
             */
            fault?: string;
            /** @description Only with `--proxy`: where the real Remotix's answer and the document (fitted to the dialect) part ways; empty when they agree. */
            deviations?: {
                /** @enum {string} */
                check: "operation" | "server-error" | "status" | "content-type" | "body";
                /** @enum {string} */
                source: "documented" | "assumed";
                message: string;
            }[];
        };
        RemoteSession: {
            /** @description The sequence number of the ACTION that opened it. */
            id: number;
            target: components["schemas"]["ActionTarget"];
            /** @enum {string} */
            kind: "control" | "curtain" | "observe" | "ft" | "chat";
            path: string;
            /** Format: date-time */
            started: string;
        };
        FaultRule: {
            method?: string;
            /** @description A path pattern; `*` stands for (part of) one segment, `**` for anything. */
            path: string;
            status?: number;
            close?: boolean;
            times?: number;
        };
        Latency: {
            minMs: number;
            maxMs: number;
        };
        FaultConfig: {
            latency?: components["schemas"]["Latency"];
            rules?: components["schemas"]["FaultRule"][];
            profile?: {
                /** @enum {string} */
                name: "starting" | "app-not-running";
                durationMs?: number;
            };
        };
        FaultState: {
            latency: components["schemas"]["Latency"] | null;
            rules: ({
                remaining: number;
            } & components["schemas"]["FaultRule"])[];
            profile: null | {
                /** @enum {string} */
                name: "starting" | "app-not-running";
                remainingMs: number | null;
            };
        };
        ActionRecord: {
            /** @description Grows by one for each accepted ACTION; a clear does not restart it, a reset does. */
            seq: number;
            /** Format: date-time */
            time: string;
            /** @example ACTION */
            method: string;
            /** @example /connection/4567-89AB/connect */
            path: string;
            target: components["schemas"]["ActionTarget"];
            /**
             * @example connect
             * @example chat
             * @example control
             * @example curtain
             * @example observe
             * @example ft
             */
            action: string;
        };
        ActionTarget: {
            /** @constant */
            kind: "connection";
            uid: components["schemas"]["Uid"];
        } | {
            /** @constant */
            kind: "computer";
            computer_id: components["schemas"]["ComputerId"];
            /** @description `null` for an action of the computer itself (chat). */
            connection: components["schemas"]["ComputerConnectionId"] | null;
            type: components["schemas"]["ConnectionType"] | null;
            port: number | null;
        };
        /** @description A dataset the mock starts from and resets to. */
        Fixture: {
            $schema?: string;
            groups: components["schemas"]["Group"][];
            connections: components["schemas"]["FixtureConnection"][];
            computers: components["schemas"]["FixtureComputer"][];
            nearby: components["schemas"]["NearbyConnection"][];
        };
        FixtureConnection: {
            uid: components["schemas"]["Uid"];
            name: components["schemas"]["Name"];
            category_uid: components["schemas"]["Uid"];
            protocol?: components["schemas"]["Protocol"] | null;
            credentials?: components["schemas"]["ConnectionCredentials"];
        };
        FixtureComputer: {
            computer_id: components["schemas"]["ComputerId"];
            name: components["schemas"]["Name"];
            category_uid: components["schemas"]["Uid"];
            /** @description The computer's connections by id (`VNC`, `RDP_3390`, `NEAR`); settings left out take their defaults. */
            connections?: {
                [key: string]: components["schemas"]["FixtureVncConnection"] | components["schemas"]["FixtureRdpConnection"] | components["schemas"]["FixtureNearConnection"];
            };
        };
        FixtureVncConnection: {
            settings?: {
                host?: components["schemas"]["Host"];
                quality?: components["schemas"]["VideoQuality"];
                view_only?: components["schemas"]["view_only"];
                scaling?: components["schemas"]["scaling"];
            };
            credentials?: components["schemas"]["FixtureCredentials"];
        };
        FixtureRdpConnection: {
            settings?: {
                host?: components["schemas"]["Host"];
                resolution?: components["schemas"]["resolution"];
                color_depth?: components["schemas"]["color_depth"];
                sound?: components["schemas"]["sound"];
                admin_session?: components["schemas"]["admin_session"];
            };
            credentials?: components["schemas"]["ComputerCredentials"];
        };
        FixtureNearConnection: {
            settings?: {
                quality?: components["schemas"]["VideoQuality"];
                curtain_on_connect?: components["schemas"]["curtain_on_connect"];
                sound?: components["schemas"]["properties-sound"];
                clipboard_sync?: components["schemas"]["clipboard_sync"];
            };
            credentials?: components["schemas"]["FixtureCredentials"];
        };
        /** @description The credentials of a VNC or NEAR connection (only RDP has a domain). */
        FixtureCredentials: {
            username?: components["schemas"]["Secret"];
            password?: components["schemas"]["Secret"];
        };
        /**
         * @description Four upper-case hex digits, a dash, four more.
         * @example 0123-CDEF
         */
        Uid: string;
        /** @example 123456 */
        ComputerId: string;
        /**
         * @description A connection type, optionally followed by `_` and a TCP port from 1 to 65535.
         * @example VNC
         * @example RDP_3390
         * @example NEAR
         */
        ComputerConnectionId: string;
        /** @enum {string} */
        ConnectionType: "NEAR" | "VNC" | "RDP";
        ProblemError: {
            /**
             * @description A JSON Pointer into the request, rooted at `/path`, `/query`, `/header` or `/body`.
             * @example /body/name
             * @example /path/group_uid
             */
            path: string;
            message: string;
        };
        /** @description An RFC 9457 problem document, the one error shape of remotix-mock. */
        Problem: {
            /** Format: uri-reference */
            type: string;
            title: string;
            status: number;
            detail: string;
            errors?: components["schemas"]["ProblemError"][];
        };
        /** @description The empty JSON object. */
        Empty: Record<string, never>;
        /** @description 1 to 255 characters, no control characters. */
        Name: string;
        Group: {
            group_uid: components["schemas"]["Uid"];
            name: components["schemas"]["Name"];
        };
        /**
         * @description NEAR, RDP, VNC or Apple Screen Sharing.
         * @enum {string}
         */
        Protocol: "NEAR" | "RDP" | "VNC" | "APPLE";
        /** @description Up to 1024 characters, no NUL. */
        Secret: string;
        ConnectionCredentials: {
            "rxp.username"?: components["schemas"]["Secret"];
            "rxp.password"?: components["schemas"]["Secret"];
            "rdp.username"?: components["schemas"]["Secret"];
            "rdp.password"?: components["schemas"]["Secret"];
            "rdp.domain"?: components["schemas"]["Secret"];
            "apple.username"?: components["schemas"]["Secret"];
            "apple.password"?: components["schemas"]["Secret"];
        };
        /** @description A host name or address; empty means the computer is reached through Remotix Cloud. */
        Host: string;
        /** @enum {string} */
        VideoQuality: "auto" | "low" | "medium" | "high" | "lossless";
        /** @default false */
        view_only: boolean;
        /**
         * @default fit
         * @enum {string}
         */
        scaling: "fit" | "actual";
        /** @default auto */
        resolution: string;
        /**
         * @default 32
         * @enum {integer}
         */
        color_depth: 15 | 16 | 24 | 32;
        /**
         * @default local
         * @enum {string}
         */
        sound: "local" | "remote" | "off";
        /** @default false */
        admin_session: boolean;
        ComputerCredentials: {
            username?: components["schemas"]["Secret"];
            password?: components["schemas"]["Secret"];
            domain?: components["schemas"]["Secret"];
        };
        /** @default false */
        curtain_on_connect: boolean;
        /** @default true */
        "properties-sound": boolean;
        /** @default true */
        clipboard_sync: boolean;
        NearbyConnection: {
            name: components["schemas"]["Name"];
            host: components["schemas"]["Host"];
            protocol: components["schemas"]["Protocol"];
        };
    };
    responses: {
        /** @description Done. */
        Done: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                /** @example {} */
                "application/json": components["schemas"]["Empty"];
            };
        };
        /** @description How many entries match. */
        Count: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "count": 2
                 *     }
                 */
                "application/json": {
                    count: number;
                };
            };
        };
        /** @description The faults in force. */
        FaultState: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["FaultState"];
            };
        };
        /** @description The request does not match this document; `errors` names each offending field. */
        BadRequest: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description Nothing has that id or name. */
        NotFound: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
    };
    parameters: {
        /**
         * @description The mock session to work in. Each name has its own state, forked from the fixtures on first use, and
         *     its own journals and faults; without the header, requests share the default session. The header
         *     works the same on the Remotix API's own paths.
         */
        MockSession: components["schemas"]["MockSessionName"];
        /** @description A connection uid or a computer id. */
        ActionTarget: string;
        ActionName: "connect" | "chat" | "control" | "curtain" | "observe" | "ft";
        /** @description Only entries with a greater sequence number. */
        Since: number;
        RequestMethod: string;
        /** @description A path pattern; `*` stands for (part of) one segment, `**` for anything. */
        RequestPath: string;
        RequestStatus: number;
    };
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    getHealth: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The mock is up. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": "ok"
                     *     }
                     */
                    "application/json": {
                        /** @constant */
                        status: "ok";
                    };
                };
            };
        };
    };
    listActions: {
        parameters: {
            query?: {
                /** @description A connection uid or a computer id. */
                target?: components["parameters"]["ActionTarget"];
                action?: components["parameters"]["ActionName"];
                /** @description Only entries with a greater sequence number. */
                since?: components["parameters"]["Since"];
            };
            header?: {
                /**
                 * @description The mock session to work in. Each name has its own state, forked from the fixtures on first use, and
                 *     its own journals and faults; without the header, requests share the default session. The header
                 *     works the same on the Remotix API's own paths.
                 */
                "X-Mock-Session"?: components["parameters"]["MockSession"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The ACTIONs kept (the last `--journal-limit` of them) that match every filter given. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "actions": [
                     *         {
                     *           "seq": 1,
                     *           "time": "2026-11-25T10:00:00.000Z",
                     *           "method": "ACTION",
                     *           "path": "/computer/123456/RDP_3390/control",
                     *           "target": {
                     *             "kind": "computer",
                     *             "computer_id": "123456",
                     *             "connection": "RDP_3390",
                     *             "type": "RDP",
                     *             "port": 3390
                     *           },
                     *           "action": "control"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": {
                        actions: components["schemas"]["ActionRecord"][];
                    };
                };
            };
            400: components["responses"]["BadRequest"];
        };
    };
    clearActions: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description The mock session to work in. Each name has its own state, forked from the fixtures on first use, and
                 *     its own journals and faults; without the header, requests share the default session. The header
                 *     works the same on the Remotix API's own paths.
                 */
                "X-Mock-Session"?: components["parameters"]["MockSession"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["Done"];
        };
    };
    countActions: {
        parameters: {
            query?: {
                /** @description A connection uid or a computer id. */
                target?: components["parameters"]["ActionTarget"];
                action?: components["parameters"]["ActionName"];
                /** @description Only entries with a greater sequence number. */
                since?: components["parameters"]["Since"];
            };
            header?: {
                /**
                 * @description The mock session to work in. Each name has its own state, forked from the fixtures on first use, and
                 *     its own journals and faults; without the header, requests share the default session. The header
                 *     works the same on the Remotix API's own paths.
                 */
                "X-Mock-Session"?: components["parameters"]["MockSession"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["Count"];
            400: components["responses"]["BadRequest"];
        };
    };
    listRequests: {
        parameters: {
            query?: {
                method?: components["parameters"]["RequestMethod"];
                /** @description A path pattern; `*` stands for (part of) one segment, `**` for anything. */
                path?: components["parameters"]["RequestPath"];
                status?: components["parameters"]["RequestStatus"];
                /** @description Only entries with a greater sequence number. */
                since?: components["parameters"]["Since"];
            };
            header?: {
                /**
                 * @description The mock session to work in. Each name has its own state, forked from the fixtures on first use, and
                 *     its own journals and faults; without the header, requests share the default session. The header
                 *     works the same on the Remotix API's own paths.
                 */
                "X-Mock-Session"?: components["parameters"]["MockSession"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The API requests kept (the last `--journal-limit` of them) that match every filter given. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "requests": [
                     *         {
                     *           "seq": 1,
                     *           "time": "2026-11-25T10:00:00.000Z",
                     *           "method": "PUT",
                     *           "path": "/connection/1000-0001/credentials",
                     *           "status": 200,
                     *           "durationMs": 1,
                     *           "body": {
                     *             "rdp.username": "frontdesk",
                     *             "rdp.password": "***"
                     *           }
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": {
                        requests: components["schemas"]["RequestRecord"][];
                    };
                };
            };
            400: components["responses"]["BadRequest"];
        };
    };
    clearRequests: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description The mock session to work in. Each name has its own state, forked from the fixtures on first use, and
                 *     its own journals and faults; without the header, requests share the default session. The header
                 *     works the same on the Remotix API's own paths.
                 */
                "X-Mock-Session"?: components["parameters"]["MockSession"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["Done"];
        };
    };
    countRequests: {
        parameters: {
            query?: {
                method?: components["parameters"]["RequestMethod"];
                /** @description A path pattern; `*` stands for (part of) one segment, `**` for anything. */
                path?: components["parameters"]["RequestPath"];
                status?: components["parameters"]["RequestStatus"];
                /** @description Only entries with a greater sequence number. */
                since?: components["parameters"]["Since"];
            };
            header?: {
                /**
                 * @description The mock session to work in. Each name has its own state, forked from the fixtures on first use, and
                 *     its own journals and faults; without the header, requests share the default session. The header
                 *     works the same on the Remotix API's own paths.
                 */
                "X-Mock-Session"?: components["parameters"]["MockSession"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["Count"];
            400: components["responses"]["BadRequest"];
        };
    };
    resetState: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description The mock session to work in. Each name has its own state, forked from the fixtures on first use, and
                 *     its own journals and faults; without the header, requests share the default session. The header
                 *     works the same on the Remotix API's own paths.
                 */
                "X-Mock-Session"?: components["parameters"]["MockSession"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["Fixture"];
            };
        };
        responses: {
            200: components["responses"]["Done"];
            400: components["responses"]["BadRequest"];
        };
    };
    exportState: {
        parameters: {
            query?: {
                /** @description Credential values are `***` unless this is true. */
                includeSecrets?: boolean;
            };
            header?: {
                /**
                 * @description The mock session to work in. Each name has its own state, forked from the fixtures on first use, and
                 *     its own journals and faults; without the header, requests share the default session. The header
                 *     works the same on the Remotix API's own paths.
                 */
                "X-Mock-Session"?: components["parameters"]["MockSession"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A fixture that `--fixtures`, `PUT /__admin/state` and `POST /__admin/reset` accept. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Fixture"];
                };
            };
            400: components["responses"]["BadRequest"];
        };
    };
    importState: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description The mock session to work in. Each name has its own state, forked from the fixtures on first use, and
                 *     its own journals and faults; without the header, requests share the default session. The header
                 *     works the same on the Remotix API's own paths.
                 */
                "X-Mock-Session"?: components["parameters"]["MockSession"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["Fixture"];
            };
        };
        responses: {
            200: components["responses"]["Done"];
            400: components["responses"]["BadRequest"];
        };
    };
    getFaults: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description The mock session to work in. Each name has its own state, forked from the fixtures on first use, and
                 *     its own journals and faults; without the header, requests share the default session. The header
                 *     works the same on the Remotix API's own paths.
                 */
                "X-Mock-Session"?: components["parameters"]["MockSession"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["FaultState"];
        };
    };
    setFaults: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description The mock session to work in. Each name has its own state, forked from the fixtures on first use, and
                 *     its own journals and faults; without the header, requests share the default session. The header
                 *     works the same on the Remotix API's own paths.
                 */
                "X-Mock-Session"?: components["parameters"]["MockSession"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "latency": {
                 *         "minMs": 50,
                 *         "maxMs": 200
                 *       },
                 *       "rules": [
                 *         {
                 *           "method": "PUT",
                 *           "path": "/connection/*\/credentials",
                 *           "status": 503,
                 *           "times": 2
                 *         },
                 *         {
                 *           "method": "ACTION",
                 *           "path": "/connection/*\/connect",
                 *           "close": true
                 *         }
                 *       ]
                 *     }
                 */
                "application/json": components["schemas"]["FaultConfig"];
            };
        };
        responses: {
            200: components["responses"]["FaultState"];
            400: components["responses"]["BadRequest"];
        };
    };
    clearFaults: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description The mock session to work in. Each name has its own state, forked from the fixtures on first use, and
                 *     its own journals and faults; without the header, requests share the default session. The header
                 *     works the same on the Remotix API's own paths.
                 */
                "X-Mock-Session"?: components["parameters"]["MockSession"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["Done"];
        };
    };
    listRemoteSessions: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description The mock session to work in. Each name has its own state, forked from the fixtures on first use, and
                 *     its own journals and faults; without the header, requests share the default session. The header
                 *     works the same on the Remotix API's own paths.
                 */
                "X-Mock-Session"?: components["parameters"]["MockSession"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Open remote sessions, oldest first. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        sessions: components["schemas"]["RemoteSession"][];
                    };
                };
            };
        };
    };
    endAllRemoteSessions: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description The mock session to work in. Each name has its own state, forked from the fixtures on first use, and
                 *     its own journals and faults; without the header, requests share the default session. The header
                 *     works the same on the Remotix API's own paths.
                 */
                "X-Mock-Session"?: components["parameters"]["MockSession"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["Done"];
        };
    };
    endRemoteSession: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description The mock session to work in. Each name has its own state, forked from the fixtures on first use, and
                 *     its own journals and faults; without the header, requests share the default session. The header
                 *     works the same on the Remotix API's own paths.
                 */
                "X-Mock-Session"?: components["parameters"]["MockSession"];
            };
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["Done"];
            400: components["responses"]["BadRequest"];
            404: components["responses"]["NotFound"];
        };
    };
    listMockSessions: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The mock sessions, the default one (name null) first. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        sessions: components["schemas"]["MockSessionSummary"][];
                    };
                };
            };
        };
    };
    deleteMockSession: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                name: components["schemas"]["MockSessionName"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["Done"];
            400: components["responses"]["BadRequest"];
            404: components["responses"]["NotFound"];
        };
    };
    redirectToDashboard: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The dashboard is at `/__admin/`. */
            308: {
                headers: {
                    /** @description Always `/__admin/`. */
                    Location?: "/__admin/";
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    getDashboard: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The dashboard page. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/html": string;
                };
            };
        };
    };
    getDocsPage: {
        parameters: {
            query?: {
                /** @description The document shown first. */
                doc?: "remotix" | "admin";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The docs page. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/html": string;
                };
            };
            400: components["responses"]["BadRequest"];
        };
    };
    getDocsDocument: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                document: "remotix.yaml" | "admin.yaml";
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The document, in YAML. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/yaml": string;
                };
            };
            400: components["responses"]["BadRequest"];
        };
    };
    getUiAsset: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A file name such as `dashboard.js` or `swagger-ui-bundle.js`; never a path. */
                asset: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The file. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/javascript": string;
                    "text/css": string;
                    "image/png": string;
                };
            };
            400: components["responses"]["BadRequest"];
            404: components["responses"]["NotFound"];
        };
    };
}

/** Every operation: its method, path template and query parameter names, by operationId. */
export const operationTable = {
    getHealth: { method: "GET", path: "/__admin/health" },
    listActions: { method: "GET", path: "/__admin/actions", query: ["target", "action", "since"] },
    clearActions: { method: "DELETE", path: "/__admin/actions" },
    countActions: { method: "GET", path: "/__admin/actions/count", query: ["target", "action", "since"] },
    listRequests: { method: "GET", path: "/__admin/requests", query: ["method", "path", "status", "since"] },
    clearRequests: { method: "DELETE", path: "/__admin/requests" },
    countRequests: { method: "GET", path: "/__admin/requests/count", query: ["method", "path", "status", "since"] },
    resetState: { method: "POST", path: "/__admin/reset" },
    exportState: { method: "GET", path: "/__admin/state", query: ["includeSecrets"] },
    importState: { method: "PUT", path: "/__admin/state" },
    getFaults: { method: "GET", path: "/__admin/faults" },
    setFaults: { method: "PUT", path: "/__admin/faults" },
    clearFaults: { method: "DELETE", path: "/__admin/faults" },
    listRemoteSessions: { method: "GET", path: "/__admin/sessions" },
    endAllRemoteSessions: { method: "DELETE", path: "/__admin/sessions" },
    endRemoteSession: { method: "DELETE", path: "/__admin/sessions/{id}" },
    listMockSessions: { method: "GET", path: "/__admin/mock-sessions" },
    deleteMockSession: { method: "DELETE", path: "/__admin/mock-sessions/{name}" },
    redirectToDashboard: { method: "GET", path: "/__admin" },
    getDashboard: { method: "GET", path: "/__admin/" },
    getDocsPage: { method: "GET", path: "/__admin/docs", query: ["doc"] },
    getDocsDocument: { method: "GET", path: "/__admin/docs/{document}" },
    getUiAsset: { method: "GET", path: "/__admin/ui/{asset}" },
} as const;
