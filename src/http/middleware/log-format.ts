/** How requests are logged. Its own file so that the public declarations, which name it, need no Hono types. */
export type LogFormat = 'text' | 'json' | 'off';
