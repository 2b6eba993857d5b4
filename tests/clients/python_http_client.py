"""The client matrix's sequence with Python's http.client, on one keep-alive connection. Prints JSON."""
import http.client
import json
import sys
import time
from urllib.parse import urlparse

SEQUENCE = json.loads(sys.argv[2])
url = urlparse(sys.argv[1])
conn = http.client.HTTPConnection(url.hostname, url.port, timeout=10)
results = []
started = time.perf_counter()
for step in SEQUENCE:
    body = step.get("body")
    headers = {"Content-Type": "application/json"} if body is not None else {}
    conn.request(step["method"], step["path"], body=body, headers=headers)
    response = conn.getresponse()
    results.append({"method": step["method"], "status": response.status, "body": response.read().decode()})
ms = (time.perf_counter() - started) * 1000
conn.close()
print(json.dumps({"results": results, "ms": ms}))
