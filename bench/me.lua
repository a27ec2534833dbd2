-- wrk: GET /api/v1/me, each request with the next token of TOKENS_FILE (one secret a line). With FROM=many, each
-- from a client address of its own (X-Forwarded-For, which the nodes trust from 127.0.0.1 in the benchmark).
-- The requests are written once, at the start, where they can be: wrk shares the machine's two cores with the node,
-- and writing each request anew cost it more CPU a request than sending /hello does, which the node's rows then paid
-- for in throughput against the bare app's.
local requests = {}
local many = os.getenv("FROM") == "many"
for line in io.lines(os.getenv("TOKENS_FILE")) do
  requests[#requests + 1] = many and line or wrk.format("GET", "/api/v1/me", { ["Authorization"] = "Bearer " .. line })
end
local i = math.random(#requests)

request = function()
  i = i % #requests + 1
  if many then
    local address = string.format("10.%d.%d.%d", math.random(0, 255), math.random(0, 255), math.random(1, 254))
    return wrk.format("GET", "/api/v1/me", { ["Authorization"] = "Bearer " .. requests[i], ["X-Forwarded-For"] = address })
  end
  return requests[i]
end

done = dofile(os.getenv("BENCH_HOME") .. "/report.lua")
