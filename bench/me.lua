-- wrk: GET /api/v1/me, each request with the next token of TOKENS_FILE (one secret a line). With FROM=many, each
-- from a client address of its own (X-Forwarded-For, which the nodes trust from 127.0.0.1 in the benchmark).
-- Without it, the requests are written once, at the start, as introspect.lua's are.
local tokens, requests = {}, {}
for line in io.lines(os.getenv("TOKENS_FILE")) do
  tokens[#tokens + 1] = line
  requests[#requests + 1] = wrk.format("GET", "/api/v1/me", { ["Authorization"] = "Bearer " .. line })
end
local i = math.random(#tokens)
local many = os.getenv("FROM") == "many"

request = function()
  i = i % #tokens + 1
  if many then
    local address = string.format("10.%d.%d.%d", math.random(0, 255), math.random(0, 255), math.random(1, 254))
    return wrk.format("GET", "/api/v1/me", { ["Authorization"] = "Bearer " .. tokens[i], ["X-Forwarded-For"] = address })
  end
  return requests[i]
end

done = dofile(os.getenv("BENCH_HOME") .. "/report.lua")
