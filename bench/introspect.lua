-- wrk: POST /api/v1/oauth/introspect as client INTROSPECTION_BASIC, with the next token of TOKENS_FILE. The requests
-- are written once, at the start: wrk shares the machine's two cores with the node, and writing each one anew (form
-- body and all) cost it about 2.7 µs more a request, which the node's row then paid for in throughput against the
-- bare app's static /hello (performance.md, "The load generator's own work").
local requests = {}
local basic = "Basic " .. os.getenv("INTROSPECTION_BASIC")
for line in io.lines(os.getenv("TOKENS_FILE")) do
  requests[#requests + 1] = wrk.format("POST", "/api/v1/oauth/introspect", {
    ["Authorization"] = basic,
    ["Content-Type"] = "application/x-www-form-urlencoded",
  }, "token=" .. line)
end
local i = math.random(#requests)

request = function()
  i = i % #requests + 1
  return requests[i]
end

done = dofile(os.getenv("BENCH_HOME") .. "/report.lua")
