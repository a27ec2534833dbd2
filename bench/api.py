"""Small HTTP helpers for the benchmark: sign in, seed sellers and tokens, and measure revocation propagation."""
import http.client
import json
import sys
import threading
import time


class Node:
    def __init__(self, port):
        self.port = port
        self.conn = http.client.HTTPConnection("127.0.0.1", port, timeout=10)

    def call(self, method, path, authorization=None, body=None):
        headers = {}
        if authorization:
            headers["Authorization"] = authorization
        if body is not None:
            headers["Content-Type"] = "application/json"
            body = json.dumps(body)
        self.conn.request(method, path, body=body, headers=headers)
        response = self.conn.getresponse()
        text = response.read()
        return response.status, (json.loads(text) if text.startswith(b"{") else None)

    def sign_in(self, email, password):
        status, body = self.call("POST", "/api/v1/auth/login", body={"username": email, "password": password})
        assert status == 200, (status, body)
        return "Bearer " + body["access_token"]


def seed(port, operator_email, operator_password, count, tokens_file, ids_file, full_tokens_file=None):
    """Creates a seller with an admin, generates `count` tokens, each with scopes and an address allowlist (the
    benchmark's own address) as least-privilege tokens have them; with `full_tokens_file`, as many full-access tokens
    without limits too. Writes the secrets and the seller/admin ids."""
    node = Node(port)
    operator = node.sign_in(operator_email, operator_password)
    status, seller = node.call("POST", "/api/v1/platform/sellers", operator, {"name": "Bench Seller"})
    assert status == 201, seller
    password = "bench-admin-password"
    email = "admin-%d@bench.example" % int(time.time() * 1000)
    status, user = node.call("POST", "/api/v1/platform/sellers/%s/users" % seller["id"], operator,
                             {"email": email, "password": password, "role": "ADMIN"})
    assert status == 201, user
    admin = node.sign_in(email, password)
    valid_until = time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime(time.time() + 300 * 86400))
    limited = {"validUntil": valid_until, "scopes": ["orders:read", "stock:write"],
               "allowedIps": ["127.0.0.0/8", "10.0.0.0/8"]}
    for path, body in ((tokens_file, limited), (full_tokens_file, {"validUntil": valid_until})):
        if path is None:
            continue
        with open(path, "w") as out:
            for _ in range(count):
                status, token = node.call("POST", "/api/v1/access-tokens", admin, body)
                assert status == 201, token
                out.write(token["token"] + "\n")
    with open(ids_file, "w") as out:
        out.write("%s %s %s %s\n" % (seller["id"], user["id"], email, password))


def percentile(values, p):
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(p / 100.0 * (len(ordered) - 1))))]


def propagation(port_a, port_b, email, password, revocations, pollers):
    """Two measurements. First, quiet: revoke on node A, then poll node B as fast as one client can until it answers
    401; the delay runs from the revoke response to that 401. Then, under load: `pollers` threads call node A with the
    token while it is revoked, and every 200 to a call sent after the revoke response returned is counted."""
    a, b = Node(port_a), Node(port_b)
    admin = a.sign_in(email, password)
    valid_until = time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime(time.time() + 86400))

    def cached_token():
        status, token = a.call("POST", "/api/v1/access-tokens", admin, {"validUntil": valid_until})
        assert status == 201, token
        bearer = "Bearer " + token["token"]
        for node in (b, a):  # node B has it cached now, and so has node A
            status, body = node.call("GET", "/api/v1/me", bearer)
            assert status == 200, (status, body)
        return token["id"], bearer

    def revoke(token_id):
        status, _ = a.call("POST", "/api/v1/access-tokens/%s/revoke" % token_id, admin)
        assert status == 200
        return time.monotonic()

    delays = []
    for _ in range(revocations):
        token_id, bearer = cached_token()
        returned = revoke(token_id)
        while b.call("GET", "/api/v1/me", bearer)[0] != 401:
            pass
        delays.append((time.monotonic() - returned) * 1000.0)

    late_successes, loaded_revocations, calls_after = 0, max(1, revocations // 5), 0
    for _ in range(loaded_revocations):
        token_id, bearer = cached_token()
        stop, results = threading.Event(), []

        def load():
            node = Node(port_a)
            while not stop.is_set():
                sent = time.monotonic()
                results.append((sent, node.call("GET", "/api/v1/me", bearer)[0]))

        threads = [threading.Thread(target=load) for _ in range(pollers)]
        for t in threads:
            t.start()
        time.sleep(0.05)
        returned = revoke(token_id)
        time.sleep(0.1)
        stop.set()
        for t in threads:
            t.join()
        after = [status for sent, status in results if sent > returned]
        calls_after += len(after)
        late_successes += sum(1 for status in after if status == 200)
    print("RESULT p50_ms=%.2f p99_ms=%.2f max_ms=%.2f quiet_revocations=%d late_200s=%d loaded_revocations=%d calls_after=%d"
          % (percentile(delays, 50), percentile(delays, 99), max(delays), len(delays), late_successes,
             loaded_revocations, calls_after))


BASE62 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"


def made_up_tokens(count, out_file):
    """Writes `count` random secrets that pass the checksum, as an attacker who read the format would make them."""
    import random
    import zlib
    rng = random.SystemRandom()
    with open(out_file, "w") as out:
        for _ in range(count):
            body = "".join(rng.choice(BASE62) for _ in range(30))
            crc, digits = zlib.crc32(body.encode("ascii")) & 0xFFFFFFFF, []
            for _ in range(6):
                digits.append(BASE62[crc % 62])
                crc //= 62
            out.write("sct_" + body + "".join(reversed(digits)) + "\n")


def timed(node, method, path, authorization=None, body=None, headers=None):
    """One call: (status or 'no answer', milliseconds)."""
    started = time.monotonic()
    try:
        conn = http.client.HTTPConnection("127.0.0.1", node.port, timeout=10)
        all_headers = dict(headers or {})
        if authorization:
            all_headers["Authorization"] = authorization
        if body is not None:
            all_headers["Content-Type"] = "application/json"
            body = json.dumps(body)
        conn.request(method, path, body=body, headers=all_headers)
        status = conn.getresponse().status
    except OSError:
        status = "no answer"
    return status, (time.monotonic() - started) * 1000.0


def probe(port, session, token, marker):
    node = Node(port)
    valid_until = time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime(time.time() + 86400))
    rows = [
        ("GET /api/v1/me with a token", timed(node, "GET", "/api/v1/me", "Bearer " + token)),
        ("POST /api/v1/access-tokens", timed(node, "POST", "/api/v1/access-tokens", session,
                                             {"validUntil": valid_until})),
        ("POST /api/v1/auth/login", timed(node, "POST", "/api/v1/auth/login", None,
                                          {"username": "nobody@nowhere.example", "password": "a guess at it"})),
        ("GET /health/readiness", timed(node, "GET", "/health/readiness")),
        ("GET /health/liveness", timed(node, "GET", "/health/liveness")),
    ]
    for _ in range(5):
        timed(node, "GET", "/api/v1/me", "Bearer not-a-token", headers={"User-Agent": marker})
    for label, (status, ms) in rows:
        print("PROBE %s|%s|%.0f" % (label, status, ms))


def recovery(port, token, since_epoch):
    """Polls GET /api/v1/me with `token` until it answers 200; prints seconds since `since_epoch`."""
    node_port = port
    while True:
        status, _ = timed(Node(node_port), "GET", "/api/v1/me", "Bearer " + token)
        if status == 200:
            print("RESULT recovered_s=%.2f" % (time.time() - since_epoch))
            return
        time.sleep(0.1)


def session(port, email, password):
    print(Node(port).sign_in(email, password))


if __name__ == "__main__":
    command = sys.argv[1]
    if command == "seed":
        seed(int(sys.argv[2]), sys.argv[3], sys.argv[4], int(sys.argv[5]), sys.argv[6], sys.argv[7],
             sys.argv[8] if len(sys.argv) > 8 else None)
    elif command == "propagation":
        propagation(int(sys.argv[2]), int(sys.argv[3]), sys.argv[4], sys.argv[5], int(sys.argv[6]), int(sys.argv[7]))
    elif command == "made-up-tokens":
        made_up_tokens(int(sys.argv[2]), sys.argv[3])
    elif command == "session":
        session(int(sys.argv[2]), sys.argv[3], sys.argv[4])
    elif command == "probe":
        probe(int(sys.argv[2]), sys.argv[3], sys.argv[4], sys.argv[5])
    elif command == "recovery":
        recovery(int(sys.argv[2]), sys.argv[3], float(sys.argv[4]))
    else:
        raise SystemExit("unknown command " + command)
