-- wrk: GET /api/v1/me, each request with the next token of TOKENS_FILE (one secret a line).
local tokens = {}
for line in io.lines(os.getenv("TOKENS_FILE")) do
  tokens[#tokens + 1] = line
end
local i = math.random(#tokens)

request = function()
  i = i % #tokens + 1
  return wrk.format("GET", "/api/v1/me", { ["Authorization"] = "Bearer " .. tokens[i] })
end

done = dofile(os.getenv("BENCH_HOME") .. "/report.lua")
