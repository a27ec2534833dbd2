-- wrk: GET /api/v1/me with made-up tokens that pass the checksum (one a line in REFUSED_FILE), all from one client
-- address (X-Forwarded-For: ATTACKER_IP, trusted from 127.0.0.1 in the benchmark).
local tokens = {}
for line in io.lines(os.getenv("REFUSED_FILE")) do
  tokens[#tokens + 1] = line
end
local i = math.random(#tokens)
local attacker = os.getenv("ATTACKER_IP")

request = function()
  i = i % #tokens + 1
  return wrk.format("GET", "/api/v1/me", { ["Authorization"] = "Bearer " .. tokens[i], ["X-Forwarded-For"] = attacker })
end

done = dofile(os.getenv("BENCH_HOME") .. "/report.lua")
