# Varnish in front of Warta's app processes (README, "Running at national scale").
#
# Public answers are kept until the app purges their cache tags: every public answer names its tags in
# Surrogate-Key (the tags src/data reads under), copied here into xkey's index. The app process that
# made a change purges its tags (src/server/sharedExpiry.mjs) once every app process has expired its
# own cache, so a page fetched again after the purge is never older than the change. Purges are hard:
# a purged page is gone at once, so a withdrawn report is never served again, not even as stale.
# Pages nobody purged are served stale for up to six hours while no app process is healthy (grace).
#
# Backends and their director live in backends.vcl, written per installation (deploy/varnish/
# backends.example.vcl; `npm run cluster` writes its own), found through varnishd's vcl_path.
vcl 4.1;

import directors;
import std;
import xkey;

# What the director checks on each app process: the server's own health answer, no database read.
probe warta_health {
    .request = "GET /_warta/health HTTP/1.1" "Host: localhost" "Connection: close" "User-Agent: varnish-probe";
    .expected_response = 200;
    .interval = 1s;
    .timeout = 1s;
    .window = 3;
    .threshold = 2;
    .initial = 2;
}

include "backends.vcl";

# Who may purge: the app processes. Loopback here; add the app hosts' network in production.
acl purgers {
    "127.0.0.1";
    "::1";
}

sub vcl_recv {
    set req.backend_hint = warta.backend(resolve=LAZY);

    if (req.method == "PURGE") {
        # From an app process, not relayed by a proxy in front (whose own address may be a purger's):
        # Varnish has put the peer's address in X-Forwarded-For, and a relayed request has another before it.
        if (client.ip !~ purgers || req.http.X-Forwarded-For ~ ",") {
            return (synth(403, "Forbidden"));
        }
        if (!req.http.xkey-purge) {
            return (synth(400, "xkey-purge header missing"));
        }
        set req.http.n-gone = xkey.purge(req.http.xkey-purge);
        return (synth(200, "Purged " + req.http.n-gone));
    }

    # A request with credentials, a write, the admin, Next's client router and the health answer are the
    # app's alone; every other answer says itself (Cache-Control) whether a shared cache may keep it.
    if (req.method != "GET" && req.method != "HEAD") {
        return (pass);
    }
    # The app processes' health answers are for the probes above, not for the public.
    if (req.url ~ "^/_warta/") {
        return (synth(404, "Not Found"));
    }
    if (req.http.Cookie || req.http.Authorization || req.url ~ "^/admin(/|$|\?)") {
        return (pass);
    }
    if (req.http.RSC || req.http.Next-Router-Prefetch || req.http.Next-Router-State-Tree || req.http.Next-Router-Segment-Prefetch) {
        return (pass);
    }
    # Stale only while no app process is healthy; otherwise a page past its time is fetched again.
    if (std.healthy(req.backend_hint)) {
        set req.grace = 5s;
    }
    return (hash);
}

sub vcl_backend_fetch {
    # By the URL's hash; a retry (below) goes to the next process in the ring, never the one that failed.
    set bereq.backend = warta.backend(by=URL, alt=bereq.retries);
    set bereq.first_byte_timeout = 30s;
}

sub vcl_backend_response {
    # A process that died or is shutting down: a read goes to the other processes.
    if (beresp.status >= 500 && bereq.retries < 2 && (bereq.method == "GET" || bereq.method == "HEAD")) {
        return (retry);
    }
    if (beresp.http.Surrogate-Key) {
        set beresp.http.xkey = beresp.http.Surrogate-Key;
    }
    # "Not found" is never kept, whatever the answer says: the report may be published a moment later.
    # Not even as a hit-for-miss marker, as the built-in rules leave for two minutes: a scanner's new
    # URL every request (8,000 a second here) would fill Varnish's memory with them.
    if (beresp.status == 404 || beresp.status == 410) {
        set beresp.ttl = 0s;
        set beresp.grace = 0s;
        set beresp.uncacheable = true;
        return (deliver);
    }
    # A tagged public answer (`public`, no cookie) tells browsers to revalidate each time
    # (max-age=0, must-revalidate); Varnish keeps it until a purge of its tags, ten minutes at most.
    if (beresp.status == 200 && beresp.http.Surrogate-Key && beresp.http.Cache-Control ~ "(?i)\bpublic\b"
        && beresp.http.Cache-Control !~ "(?i)(private|no-store|no-cache)" && !beresp.http.Set-Cookie) {
        set beresp.ttl = 10m;
    }
    set beresp.grace = 6h;
    # No return: Varnish's built-in rules follow, which keep nothing marked private, no-store or
    # no-cache, nor anything with Set-Cookie (a 404, a search, the admin).
}

sub vcl_backend_error {
    if (bereq.retries < 2 && (bereq.method == "GET" || bereq.method == "HEAD")) {
        return (retry);
    }
}

sub vcl_deliver {
    unset resp.http.xkey;
    unset resp.http.Via;
    unset resp.http.X-Varnish;
    if (obj.hits > 0) {
        set resp.http.X-Cache = "HIT";
    } else {
        set resp.http.X-Cache = "MISS";
    }
}
