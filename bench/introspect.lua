-- wrk: POST /api/v1/oauth/introspect as client INTROSPECTION_BASIC, with the next token of TOKENS_FILE.
local tokens = {}
for line in io.lines(os.getenv("TOKENS_FILE")) do
  tokens[#tokens + 1] = line
end
local i = math.random(#tokens)
local basic = "Basic " .. os.getenv("INTROSPECTION_BASIC")

request = function()
  i = i % #tokens + 1
  return wrk.format("POST", "/api/v1/oauth/introspect", {
    ["Authorization"] = basic,
    ["Content-Type"] = "application/x-www-form-urlencoded",
  }, "token=" .. tokens[i])
end

done = dofile(os.getenv("BENCH_HOME") .. "/report.lua")
