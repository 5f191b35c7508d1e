# The web processes Varnish sends requests to, one backend each, in one shard director named `warta`
# (deploy/varnish/warta.vcl picks by the URL's hash, and the next process on a retry). Copy to
# backends.vcl beside warta.vcl and list your hosts.
backend app1 {
    .host = "10.0.0.11";
    .port = "3000";
    .probe = warta_health;
}

backend app2 {
    .host = "10.0.0.12";
    .port = "3000";
    .probe = warta_health;
}

sub vcl_init {
    new warta = directors.shard();
    warta.add_backend(app1);
    warta.add_backend(app2);
    warta.reconfigure();
}
