-- wrk: POST /api/v1/auth/login with a made-up e-mail, each from a client address of its own (X-Forwarded-For,
-- which the nodes trust from 127.0.0.1 in the benchmark): a distributed sign-in flood that no per-address limit stops.
local counter = 0

request = function()
  counter = counter + 1
  local address = string.format("10.%d.%d.%d", math.random(0, 255), math.random(0, 255), math.random(1, 254))
  local body = string.format('{"username":"nobody-%d-%d@nowhere.example","password":"a guess at a password"}',
    math.random(1, 1000000000), counter)
  return wrk.format("POST", "/api/v1/auth/login",
    { ["Content-Type"] = "application/json", ["X-Forwarded-For"] = address }, body)
end

done = dofile(os.getenv("BENCH_HOME") .. "/report.lua")
