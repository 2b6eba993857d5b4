"""One keep-alive connection, five requests: GET, ACTION, PUT, ACTION, DELETE. Prints what each answered."""
import http.client
import json
import sys
from urllib.parse import urlparse

url = urlparse(sys.argv[1])
conn = http.client.HTTPConnection(url.hostname, url.port, timeout=10)
results = []


def call(method, path, body=None):
    headers = {"Content-Type": "application/json"} if body is not None else {}
    conn.request(method, path, body=None if body is None else json.dumps(body), headers=headers)
    response = conn.getresponse()
    text = response.read().decode()
    results.append({
        "method": method,
        "path": path,
        "status": response.status,
        "body": json.loads(text) if text else None,
        "local_port": conn.sock.getsockname()[1] if conn.sock else None,
    })
    return results[-1]


call("GET", "/groups")
call("ACTION", "/connection/1000-0001/connect")
created = call("PUT", "/group/", {"name": "From Python"})
call("ACTION", "/computer/123456/NEAR/observe")
call("DELETE", "/group/" + created["body"]["group_uid"])
conn.close()
print(json.dumps(results))
