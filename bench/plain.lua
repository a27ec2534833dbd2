-- wrk: the URL as given, no credentials (used for GET /health/liveness).
done = dofile(os.getenv("BENCH_HOME") .. "/report.lua")
