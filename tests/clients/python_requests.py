"""The client matrix's sequence with requests, on one Session (which keeps its connection alive). Prints JSON."""
import json
import sys
import time

import requests

SEQUENCE = json.loads(sys.argv[2])
results = []
with requests.Session() as session:
    started = time.perf_counter()
    for step in SEQUENCE:
        body = step.get("body")
        headers = {"Content-Type": "application/json"} if body is not None else {}
        response = session.request(step["method"], sys.argv[1] + step["path"], data=body, headers=headers, timeout=10)
        results.append({"method": step["method"], "status": response.status_code, "body": response.text})
    ms = (time.perf_counter() - started) * 1000
print(json.dumps({"results": results, "ms": ms}))
