/**
 * Generated from openapi/remotix.yaml by `npm run types:generate` (openapi-typescript): do not edit by hand.
 * `npm run types:check` fails while this file differs from what the document gives.
 *
 * `operations` is keyed by operationId and includes the `ACTION` operations; `paths` has only the
 * fixed methods (GET, PUT, ...), as openapi-typescript knows no others. `operationTable` gives each
 * operation its method, path template and query parameter names.
 */

export interface paths {
    "/groups": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get a list of groups */
        get: operations["listGroups"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/group/{group_uid}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description A group's uid. The reference shows the shape only by example (`0123-CDEF`).
                 * @example 0123-CDEF
                 */
                group_uid: components["parameters"]["GroupUid"];
            };
            cookie?: never;
        };
        /** Get a list of items in the group */
        get: operations["getGroup"];
        /** Update the name of the existing group */
        put: operations["renameGroup"];
        post?: never;
        /**
         * Delete a group
         * @description A group that still holds connections or cloud computers is not deleted (409).
         */
        delete: operations["deleteGroup"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/nearby": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get the list of the connections in NEARBY pane */
        get: operations["listNearby"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/group/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Create group */
        put: operations["createGroup"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/connection/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Create a single connection */
        put: operations["createConnection"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/connection/{uid}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description A connection's uid. The reference shows the shape only by example (`4567-89AB`).
                 * @example 4567-89AB
                 */
                uid: components["parameters"]["ConnectionUid"];
            };
            cookie?: never;
        };
        get?: never;
        /**
         * Update an existing connection
         * @description Renames the connection, moves it to another group, or both. Keys left out are kept.
         */
        put: operations["updateConnection"];
        post?: never;
        /** Delete a single connection */
        delete: operations["deleteConnection"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/connection/{uid}/credentials": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description A connection's uid. The reference shows the shape only by example (`4567-89AB`).
                 * @example 4567-89AB
                 */
                uid: components["parameters"]["ConnectionUid"];
            };
            cookie?: never;
        };
        get?: never;
        /**
         * Update a connection's credentials
         * @description Sets the keys given and keeps the others. The keys are those of the reference: NEAR `rxp.*`,
         *     RDP `rdp.*`, Apple Screen Sharing `apple.*`. Credentials are write-only: no operation returns them.
         */
        put: operations["setConnectionCredentials"];
        post?: never;
        /**
         * Delete connection credentials
         * @description Removes every stored credential key. Deleting credentials that are not there is not an error.
         */
        delete: operations["deleteConnectionCredentials"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/computer/{computer_id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description A cloud computer's id. The reference shows the shape only by example (`123456`).
                 * @example 123456
                 */
                computer_id: components["parameters"]["ComputerId"];
            };
            cookie?: never;
        };
        /** Get the main settings of a cloud computer */
        get: operations["getComputer"];
        /** Update a cloud computer's main settings (name and the group it belongs to) */
        put: operations["updateComputer"];
        post?: never;
        /**
         * Delete a cloud computer
         * @description Removes the computer from the Hub and, on a real Remotix, removes the user from the Trusted Users
         *     list on that computer.
         */
        delete: operations["deleteComputer"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/computer/{computer_id}/actions": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description A cloud computer's id. The reference shows the shape only by example (`123456`).
                 * @example 123456
                 */
                computer_id: components["parameters"]["ComputerId"];
            };
            cookie?: never;
        };
        /**
         * Get a list of actions available for a given cloud computer
         * @description Each entry is the tail of an `ACTION` path: `chat` for `ACTION /computer/{computer_id}/chat`, and
         *     `<connection>/<action>` for `ACTION /computer/{computer_id}/<connection>/<action>`. The list follows
         *     the computer's connections: NEAR offers chat, control, curtain, observe and ft; VNC and RDP offer
         *     control.
         */
        get: operations["listComputerActions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/computer/{computer_id}/connections": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description A cloud computer's id. The reference shows the shape only by example (`123456`).
                 * @example 123456
                 */
                computer_id: components["parameters"]["ComputerId"];
            };
            cookie?: never;
        };
        /** Get a list of configured connections for a given cloud computer */
        get: operations["listComputerConnections"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/computer/{computer_id}/{connection}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description A cloud computer's id. The reference shows the shape only by example (`123456`).
                 * @example 123456
                 */
                computer_id: components["parameters"]["ComputerId"];
                /**
                 * @description `<connection_type>[_<port>]`: `VNC`, `RDP_3390`, `NEAR`.
                 * @example RDP_3390
                 */
                connection: components["parameters"]["ComputerConnection"];
            };
            cookie?: never;
        };
        /**
         * Get settings of a specific connection of the cloud computer
         * @description Credentials are not part of the settings; read them with the credentials operation.
         */
        get: operations["getComputerConnection"];
        /**
         * Update cloud computer connection
         * @description Only the keys given are changed; `null` resets a key to its default. The keys are those of the
         *     connection's type (see `VncSettingsPatch`, `RdpSettingsPatch`, `NearSettingsPatch`), credentials
         *     (`username`, `password`, and `domain` for RDP) included. A connection that the computer does not
         *     have yet is added with the defaults and the keys given.
         */
        put: operations["updateComputerConnection"];
        post?: never;
        /**
         * Delete computer's connection settings
         * @description The connection is removed from the computer, with its credentials and its actions.
         */
        delete: operations["deleteComputerConnection"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/computer/{computer_id}/{connection}/credentials": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description A cloud computer's id. The reference shows the shape only by example (`123456`).
                 * @example 123456
                 */
                computer_id: components["parameters"]["ComputerId"];
                /**
                 * @description `<connection_type>[_<port>]`: `VNC`, `RDP_3390`, `NEAR`.
                 * @example RDP_3390
                 */
                connection: components["parameters"]["ComputerConnection"];
            };
            cookie?: never;
        };
        /**
         * Get credentials of one of the connections of cloud computer
         * @description The only operation that returns credentials. `{}` when none are stored.
         */
        get: operations["getComputerConnectionCredentials"];
        put?: never;
        post?: never;
        /**
         * Delete computer's connection credentials
         * @description Deleting credentials that are not there is not an error.
         */
        delete: operations["deleteComputerConnectionCredentials"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/connection/{uid}/connect": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description A connection's uid. The reference shows the shape only by example (`4567-89AB`).
                 * @example 4567-89AB
                 */
                uid: components["parameters"]["ConnectionUid"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/computer/{computer_id}/chat": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description A cloud computer's id. The reference shows the shape only by example (`123456`).
                 * @example 123456
                 */
                computer_id: components["parameters"]["ComputerId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/computer/{computer_id}/{connection}/{action}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description A cloud computer's id. The reference shows the shape only by example (`123456`).
                 * @example 123456
                 */
                computer_id: components["parameters"]["ComputerId"];
                /**
                 * @description `<connection_type>[_<port>]`: `VNC`, `RDP_3390`, `NEAR`.
                 * @example RDP_3390
                 */
                connection: components["parameters"]["ComputerConnection"];
                /**
                 * @description NEAR offers control, curtain, observe and ft (file transfer); VNC and RDP offer control.
                 * @example control
                 */
                action: "control" | "curtain" | "observe" | "ft";
            };
            cookie?: never;
        };
        get?: never;
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
        /** @description 1 to 255 characters, no control characters. */
        Name: string;
        /** @description Up to 1024 characters, no NUL. */
        Secret: string;
        /** @description The empty JSON object. */
        Empty: Record<string, never>;
        GroupName: {
            name: components["schemas"]["Name"];
        };
        GroupCreated: {
            group_uid: components["schemas"]["Uid"];
        };
        Group: {
            group_uid: components["schemas"]["Uid"];
            name: components["schemas"]["Name"];
        };
        GroupList: {
            groups: components["schemas"]["Group"][];
        };
        GroupItems: {
            group_uid: components["schemas"]["Uid"];
            name: components["schemas"]["Name"];
            connections: components["schemas"]["Connection"][];
            computers: components["schemas"]["Computer"][];
        };
        /**
         * @description NEAR, RDP, VNC or Apple Screen Sharing.
         * @enum {string}
         */
        Protocol: "NEAR" | "RDP" | "VNC" | "APPLE";
        Connection: {
            uid: components["schemas"]["Uid"];
            name: components["schemas"]["Name"];
            category_uid: components["schemas"]["Uid"];
            /** @description `null` for a connection created through the API, which names no protocol. */
            protocol: components["schemas"]["Protocol"] | null;
            /** @description Whether any credential key is stored. The values are never returned. */
            has_credentials: boolean;
        };
        ConnectionCreate: {
            name: components["schemas"]["Name"];
            category_uid: components["schemas"]["Uid"];
        };
        ConnectionCreated: {
            uid: components["schemas"]["Uid"];
        };
        /** @description A new name, a new group (`category_uid`), or both. */
        ItemUpdate: {
            name?: components["schemas"]["Name"];
            category_uid?: components["schemas"]["Uid"];
        };
        ConnectionCredentials: {
            "rxp.username"?: components["schemas"]["Secret"];
            "rxp.password"?: components["schemas"]["Secret"];
            "rdp.username"?: components["schemas"]["Secret"];
            "rdp.password"?: components["schemas"]["Secret"];
            "rdp.domain"?: components["schemas"]["Secret"];
            "apple.username"?: components["schemas"]["Secret"];
            "apple.password"?: components["schemas"]["Secret"];
        };
        NearbyConnection: {
            name: components["schemas"]["Name"];
            host: components["schemas"]["Host"];
            protocol: components["schemas"]["Protocol"];
        };
        NearbyList: {
            connections: components["schemas"]["NearbyConnection"][];
        };
        Computer: {
            computer_id: components["schemas"]["ComputerId"];
            name: components["schemas"]["Name"];
            category_uid: components["schemas"]["Uid"];
        };
        /**
         * @example chat
         * @example NEAR/observe
         * @example RDP_3390/control
         */
        ComputerActionName: string;
        ComputerActions: {
            actions: components["schemas"]["ComputerActionName"][];
        };
        /** @enum {string} */
        ConnectionType: "NEAR" | "VNC" | "RDP";
        ComputerConnectionSummary: {
            connection: components["schemas"]["ComputerConnectionId"];
            type: components["schemas"]["ConnectionType"];
            /** @description The port named in the connection id, or `null` for the type's own port. */
            port: number | null;
        };
        ComputerConnections: {
            connections: components["schemas"]["ComputerConnectionSummary"][];
        };
        /** @description A host name or address; empty means the computer is reached through Remotix Cloud. */
        Host: string;
        /** @enum {string} */
        VideoQuality: "auto" | "low" | "medium" | "high" | "lossless";
        VncSettings: {
            /** @default  */
            host: components["schemas"]["Host"];
            /** @default auto */
            quality: components["schemas"]["VideoQuality"];
            /** @default false */
            view_only: boolean;
            /**
             * @default fit
             * @enum {string}
             */
            scaling: "fit" | "actual";
        };
        RdpSettings: {
            /** @default  */
            host: components["schemas"]["Host"];
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
        };
        NearSettings: {
            /** @default auto */
            quality: components["schemas"]["VideoQuality"];
            /** @default false */
            curtain_on_connect: boolean;
            /** @default true */
            sound: boolean;
            /** @default true */
            clipboard_sync: boolean;
        };
        /** @description The settings of a VNC, RDP or NEAR connection, by the type named in the path. */
        ConnectionSettings: components["schemas"]["VncSettings"] | components["schemas"]["RdpSettings"] | components["schemas"]["NearSettings"];
        VncSettingsPatch: {
            host?: components["schemas"]["Host"] | null;
            quality?: components["schemas"]["VideoQuality"] | null;
            view_only?: boolean | null;
            /** @enum {string|null} */
            scaling?: "fit" | "actual" | null;
            username?: components["schemas"]["Secret"] | null;
            password?: components["schemas"]["Secret"] | null;
        };
        RdpSettingsPatch: {
            host?: components["schemas"]["Host"] | null;
            resolution?: string | null;
            /** @enum {integer|null} */
            color_depth?: 15 | 16 | 24 | 32 | null;
            /** @enum {string|null} */
            sound?: "local" | "remote" | "off" | null;
            admin_session?: boolean | null;
            username?: components["schemas"]["Secret"] | null;
            password?: components["schemas"]["Secret"] | null;
            domain?: components["schemas"]["Secret"] | null;
        };
        NearSettingsPatch: {
            quality?: components["schemas"]["VideoQuality"] | null;
            curtain_on_connect?: boolean | null;
            sound?: boolean | null;
            clipboard_sync?: boolean | null;
            username?: components["schemas"]["Secret"] | null;
            password?: components["schemas"]["Secret"] | null;
        };
        /** @description The keys to change, by the type named in the path; `null` resets a key to its default. */
        ConnectionSettingsPatch: components["schemas"]["VncSettingsPatch"] | components["schemas"]["RdpSettingsPatch"] | components["schemas"]["NearSettingsPatch"];
        ComputerCredentials: {
            username?: components["schemas"]["Secret"];
            password?: components["schemas"]["Secret"];
            domain?: components["schemas"]["Secret"];
        };
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
    };
    responses: {
        /** @description Every group. */
        GroupList: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "groups": [
                 *         {
                 *           "group_uid": "0123-CDEF",
                 *           "name": "Office"
                 *         },
                 *         {
                 *           "group_uid": "4567-89AB",
                 *           "name": "Home"
                 *         }
                 *       ]
                 *     }
                 */
                "application/json": components["schemas"]["GroupList"];
            };
        };
        /** @description The group with the connections and cloud computers in it. */
        GroupItems: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "group_uid": "0123-CDEF",
                 *       "name": "Office",
                 *       "connections": [
                 *         {
                 *           "uid": "4567-89AB",
                 *           "name": "Reception",
                 *           "category_uid": "0123-CDEF",
                 *           "protocol": "RDP",
                 *           "has_credentials": true
                 *         }
                 *       ],
                 *       "computers": [
                 *         {
                 *           "computer_id": "123456",
                 *           "name": "Studio Mac",
                 *           "category_uid": "0123-CDEF"
                 *         }
                 *       ]
                 *     }
                 */
                "application/json": components["schemas"]["GroupItems"];
            };
        };
        /** @description The change was made. */
        Done: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                /** @example {} */
                "application/json": components["schemas"]["Empty"];
            };
        };
        /** @description The session was started. */
        Started: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                /** @example {} */
                "application/json": components["schemas"]["Empty"];
            };
        };
        /** @description The request is malformed or fails validation; `errors` names each offending field. */
        BadRequest: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "type": "urn:remotix-mock:problem:validation",
                 *       "title": "Bad Request",
                 *       "status": 400,
                 *       "detail": "the request does not match the API description",
                 *       "errors": [
                 *         {
                 *           "path": "/body/name",
                 *           "message": "must NOT have fewer than 1 characters"
                 *         }
                 *       ]
                 *     }
                 */
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description No item has the id given in the path. */
        NotFound: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "type": "urn:remotix-mock:problem:not-found",
                 *       "title": "Not Found",
                 *       "status": 404,
                 *       "detail": "no group has the uid 0123-CDEF"
                 *     }
                 */
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description `category_uid` names no group; nothing was changed. */
        UnknownReference: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "type": "urn:remotix-mock:problem:unknown-reference",
                 *       "title": "Unprocessable Content",
                 *       "status": 422,
                 *       "detail": "category_uid names no group",
                 *       "errors": [
                 *         {
                 *           "path": "/body/category_uid",
                 *           "message": "no group has the uid 0123-CDEF"
                 *         }
                 *       ]
                 *     }
                 */
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description The computer does not offer this action now (it is not in its `actions` list). */
        ActionNotOffered: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "type": "urn:remotix-mock:problem:action-not-offered",
                 *       "title": "Conflict",
                 *       "status": 409,
                 *       "detail": "computer 123456 does not offer VNC/observe"
                 *     }
                 */
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description The body is larger than the server's limit (1 MiB unless configured). */
        PayloadTooLarge: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description The body is not sent as `application/json`. */
        UnsupportedMediaType: {
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
         * @description A group's uid. The reference shows the shape only by example (`0123-CDEF`).
         * @example 0123-CDEF
         */
        GroupUid: components["schemas"]["Uid"];
        /**
         * @description A connection's uid. The reference shows the shape only by example (`4567-89AB`).
         * @example 4567-89AB
         */
        ConnectionUid: components["schemas"]["Uid"];
        /**
         * @description A cloud computer's id. The reference shows the shape only by example (`123456`).
         * @example 123456
         */
        ComputerId: components["schemas"]["ComputerId"];
        /**
         * @description `<connection_type>[_<port>]`: `VNC`, `RDP_3390`, `NEAR`.
         * @example RDP_3390
         */
        ComputerConnection: components["schemas"]["ComputerConnectionId"];
    };
    requestBodies: {
        GroupName: {
            content: {
                /**
                 * @example {
                 *       "name": "New name"
                 *     }
                 */
                "application/json": components["schemas"]["GroupName"];
            };
        };
        /** @description `ACTION` takes no arguments. A body, if sent, must be the empty JSON object. */
        NoArguments: {
            content: {
                /** @example {} */
                "application/json": components["schemas"]["Empty"];
            };
        };
    };
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    listGroups: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["GroupList"];
            400: components["responses"]["BadRequest"];
        };
    };
    getGroup: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description A group's uid. The reference shows the shape only by example (`0123-CDEF`).
                 * @example 0123-CDEF
                 */
                group_uid: components["parameters"]["GroupUid"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["GroupItems"];
            400: components["responses"]["BadRequest"];
            404: components["responses"]["NotFound"];
        };
    };
    renameGroup: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description A group's uid. The reference shows the shape only by example (`0123-CDEF`).
                 * @example 0123-CDEF
                 */
                group_uid: components["parameters"]["GroupUid"];
            };
            cookie?: never;
        };
        requestBody: components["requestBodies"]["GroupName"];
        responses: {
            200: components["responses"]["Done"];
            400: components["responses"]["BadRequest"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
        };
    };
    deleteGroup: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description A group's uid. The reference shows the shape only by example (`0123-CDEF`).
                 * @example 0123-CDEF
                 */
                group_uid: components["parameters"]["GroupUid"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["Done"];
            400: components["responses"]["BadRequest"];
            404: components["responses"]["NotFound"];
            /** @description The group still holds connections or cloud computers; nothing was deleted. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:remotix-mock:problem:conflict",
                     *       "title": "Conflict",
                     *       "status": 409,
                     *       "detail": "group 0123-CDEF still holds 2 connections and 1 computer; move or delete them first"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listNearby: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The connections discovered nearby. Read-only. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "connections": [
                     *         {
                     *           "name": "Studio iMac",
                     *           "host": "studio-imac.local",
                     *           "protocol": "VNC"
                     *         },
                     *         {
                     *           "name": "Reception PC",
                     *           "host": "192.168.1.40",
                     *           "protocol": "RDP"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["NearbyList"];
                };
            };
            400: components["responses"]["BadRequest"];
        };
    };
    createGroup: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: components["requestBodies"]["GroupName"];
        responses: {
            /** @description The group was created. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "group_uid": "0123-CDEF"
                     *     }
                     */
                    "application/json": components["schemas"]["GroupCreated"];
                };
            };
            400: components["responses"]["BadRequest"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
        };
    };
    createConnection: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "name": "New connection name",
                 *       "category_uid": "0123-CDEF"
                 *     }
                 */
                "application/json": components["schemas"]["ConnectionCreate"];
            };
        };
        responses: {
            /** @description The connection was created in the group `category_uid`. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "uid": "4567-89AB"
                     *     }
                     */
                    "application/json": components["schemas"]["ConnectionCreated"];
                };
            };
            400: components["responses"]["BadRequest"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["UnknownReference"];
        };
    };
    updateConnection: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description A connection's uid. The reference shows the shape only by example (`4567-89AB`).
                 * @example 4567-89AB
                 */
                uid: components["parameters"]["ConnectionUid"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "name": "New connection name",
                 *       "category_uid": "0123-CDEF"
                 *     }
                 */
                "application/json": components["schemas"]["ItemUpdate"];
            };
        };
        responses: {
            200: components["responses"]["Done"];
            400: components["responses"]["BadRequest"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["UnknownReference"];
        };
    };
    deleteConnection: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description A connection's uid. The reference shows the shape only by example (`4567-89AB`).
                 * @example 4567-89AB
                 */
                uid: components["parameters"]["ConnectionUid"];
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
    setConnectionCredentials: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description A connection's uid. The reference shows the shape only by example (`4567-89AB`).
                 * @example 4567-89AB
                 */
                uid: components["parameters"]["ConnectionUid"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ConnectionCredentials"];
            };
        };
        responses: {
            200: components["responses"]["Done"];
            400: components["responses"]["BadRequest"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
        };
    };
    deleteConnectionCredentials: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description A connection's uid. The reference shows the shape only by example (`4567-89AB`).
                 * @example 4567-89AB
                 */
                uid: components["parameters"]["ConnectionUid"];
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
    getComputer: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description A cloud computer's id. The reference shows the shape only by example (`123456`).
                 * @example 123456
                 */
                computer_id: components["parameters"]["ComputerId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The computer's main settings. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "computer_id": "123456",
                     *       "name": "Studio Mac",
                     *       "category_uid": "0123-CDEF"
                     *     }
                     */
                    "application/json": components["schemas"]["Computer"];
                };
            };
            400: components["responses"]["BadRequest"];
            404: components["responses"]["NotFound"];
        };
    };
    updateComputer: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description A cloud computer's id. The reference shows the shape only by example (`123456`).
                 * @example 123456
                 */
                computer_id: components["parameters"]["ComputerId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "name": "New computer name",
                 *       "category_uid": "0123-CDEF"
                 *     }
                 */
                "application/json": components["schemas"]["ItemUpdate"];
            };
        };
        responses: {
            200: components["responses"]["Done"];
            400: components["responses"]["BadRequest"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["UnknownReference"];
        };
    };
    deleteComputer: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description A cloud computer's id. The reference shows the shape only by example (`123456`).
                 * @example 123456
                 */
                computer_id: components["parameters"]["ComputerId"];
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
    listComputerActions: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description A cloud computer's id. The reference shows the shape only by example (`123456`).
                 * @example 123456
                 */
                computer_id: components["parameters"]["ComputerId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The actions the computer offers now. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "actions": [
                     *         "chat",
                     *         "NEAR/control",
                     *         "NEAR/curtain",
                     *         "NEAR/observe",
                     *         "NEAR/ft",
                     *         "VNC/control",
                     *         "RDP_3390/control"
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["ComputerActions"];
                };
            };
            400: components["responses"]["BadRequest"];
            404: components["responses"]["NotFound"];
        };
    };
    listComputerConnections: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description A cloud computer's id. The reference shows the shape only by example (`123456`).
                 * @example 123456
                 */
                computer_id: components["parameters"]["ComputerId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The computer's configured connections. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "connections": [
                     *         {
                     *           "connection": "VNC",
                     *           "type": "VNC",
                     *           "port": null
                     *         },
                     *         {
                     *           "connection": "RDP_3390",
                     *           "type": "RDP",
                     *           "port": 3390
                     *         },
                     *         {
                     *           "connection": "NEAR",
                     *           "type": "NEAR",
                     *           "port": null
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["ComputerConnections"];
                };
            };
            400: components["responses"]["BadRequest"];
            404: components["responses"]["NotFound"];
        };
    };
    getComputerConnection: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description A cloud computer's id. The reference shows the shape only by example (`123456`).
                 * @example 123456
                 */
                computer_id: components["parameters"]["ComputerId"];
                /**
                 * @description `<connection_type>[_<port>]`: `VNC`, `RDP_3390`, `NEAR`.
                 * @example RDP_3390
                 */
                connection: components["parameters"]["ComputerConnection"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Every setting of the connection, defaults included. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "host": "studio-mac.example.net",
                     *       "quality": "high",
                     *       "view_only": false,
                     *       "scaling": "fit"
                     *     }
                     */
                    "application/json": components["schemas"]["ConnectionSettings"];
                };
            };
            400: components["responses"]["BadRequest"];
            404: components["responses"]["NotFound"];
        };
    };
    updateComputerConnection: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description A cloud computer's id. The reference shows the shape only by example (`123456`).
                 * @example 123456
                 */
                computer_id: components["parameters"]["ComputerId"];
                /**
                 * @description `<connection_type>[_<port>]`: `VNC`, `RDP_3390`, `NEAR`.
                 * @example RDP_3390
                 */
                connection: components["parameters"]["ComputerConnection"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ConnectionSettingsPatch"];
            };
        };
        responses: {
            200: components["responses"]["Done"];
            400: components["responses"]["BadRequest"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
        };
    };
    deleteComputerConnection: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description A cloud computer's id. The reference shows the shape only by example (`123456`).
                 * @example 123456
                 */
                computer_id: components["parameters"]["ComputerId"];
                /**
                 * @description `<connection_type>[_<port>]`: `VNC`, `RDP_3390`, `NEAR`.
                 * @example RDP_3390
                 */
                connection: components["parameters"]["ComputerConnection"];
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
    getComputerConnectionCredentials: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description A cloud computer's id. The reference shows the shape only by example (`123456`).
                 * @example 123456
                 */
                computer_id: components["parameters"]["ComputerId"];
                /**
                 * @description `<connection_type>[_<port>]`: `VNC`, `RDP_3390`, `NEAR`.
                 * @example RDP_3390
                 */
                connection: components["parameters"]["ComputerConnection"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The stored credentials. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "username": "admin",
                     *       "password": "s3cret",
                     *       "domain": "OFFICE"
                     *     }
                     */
                    "application/json": components["schemas"]["ComputerCredentials"];
                };
            };
            400: components["responses"]["BadRequest"];
            404: components["responses"]["NotFound"];
        };
    };
    deleteComputerConnectionCredentials: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description A cloud computer's id. The reference shows the shape only by example (`123456`).
                 * @example 123456
                 */
                computer_id: components["parameters"]["ComputerId"];
                /**
                 * @description `<connection_type>[_<port>]`: `VNC`, `RDP_3390`, `NEAR`.
                 * @example RDP_3390
                 */
                connection: components["parameters"]["ComputerConnection"];
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
    connectConnection: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description A connection's uid. The reference shows the shape only by example (`4567-89AB`).
                 * @example 4567-89AB
                 */
                uid: components["parameters"]["ConnectionUid"];
            };
            cookie?: never;
        };
        requestBody?: components["requestBodies"]["NoArguments"];
        responses: {
            200: components["responses"]["Started"];
            400: components["responses"]["BadRequest"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
        };
    };
    chatWithComputer: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description A cloud computer's id. The reference shows the shape only by example (`123456`).
                 * @example 123456
                 */
                computer_id: components["parameters"]["ComputerId"];
            };
            cookie?: never;
        };
        requestBody?: components["requestBodies"]["NoArguments"];
        responses: {
            200: components["responses"]["Started"];
            400: components["responses"]["BadRequest"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["ActionNotOffered"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
        };
    };
    runComputerAction: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description A cloud computer's id. The reference shows the shape only by example (`123456`).
                 * @example 123456
                 */
                computer_id: components["parameters"]["ComputerId"];
                /**
                 * @description `<connection_type>[_<port>]`: `VNC`, `RDP_3390`, `NEAR`.
                 * @example RDP_3390
                 */
                connection: components["parameters"]["ComputerConnection"];
                /**
                 * @description NEAR offers control, curtain, observe and ft (file transfer); VNC and RDP offer control.
                 * @example control
                 */
                action: "control" | "curtain" | "observe" | "ft";
            };
            cookie?: never;
        };
        requestBody?: components["requestBodies"]["NoArguments"];
        responses: {
            200: components["responses"]["Started"];
            400: components["responses"]["BadRequest"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["ActionNotOffered"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
        };
    };
}

/** Every operation: its method, path template and query parameter names, by operationId. */
export const operationTable = {
    listGroups: { method: "GET", path: "/groups" },
    getGroup: { method: "GET", path: "/group/{group_uid}" },
    renameGroup: { method: "PUT", path: "/group/{group_uid}" },
    deleteGroup: { method: "DELETE", path: "/group/{group_uid}" },
    listNearby: { method: "GET", path: "/nearby" },
    createGroup: { method: "PUT", path: "/group/" },
    createConnection: { method: "PUT", path: "/connection/" },
    updateConnection: { method: "PUT", path: "/connection/{uid}" },
    deleteConnection: { method: "DELETE", path: "/connection/{uid}" },
    setConnectionCredentials: { method: "PUT", path: "/connection/{uid}/credentials" },
    deleteConnectionCredentials: { method: "DELETE", path: "/connection/{uid}/credentials" },
    getComputer: { method: "GET", path: "/computer/{computer_id}" },
    updateComputer: { method: "PUT", path: "/computer/{computer_id}" },
    deleteComputer: { method: "DELETE", path: "/computer/{computer_id}" },
    listComputerActions: { method: "GET", path: "/computer/{computer_id}/actions" },
    listComputerConnections: { method: "GET", path: "/computer/{computer_id}/connections" },
    getComputerConnection: { method: "GET", path: "/computer/{computer_id}/{connection}" },
    updateComputerConnection: { method: "PUT", path: "/computer/{computer_id}/{connection}" },
    deleteComputerConnection: { method: "DELETE", path: "/computer/{computer_id}/{connection}" },
    getComputerConnectionCredentials: { method: "GET", path: "/computer/{computer_id}/{connection}/credentials" },
    deleteComputerConnectionCredentials: { method: "DELETE", path: "/computer/{computer_id}/{connection}/credentials" },
    connectConnection: { method: "ACTION", path: "/connection/{uid}/connect" },
    chatWithComputer: { method: "ACTION", path: "/computer/{computer_id}/chat" },
    runComputerAction: { method: "ACTION", path: "/computer/{computer_id}/{connection}/{action}" },
} as const;
