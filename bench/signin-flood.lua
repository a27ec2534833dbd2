-- wrk: POST /api/v1/auth/login with a made-up e-mail. With FLOOD_FROM=many, each from a client address of its own
-- (X-Forwarded-For, which the nodes trust from 127.0.0.1 in the benchmark): a distributed flood that no per-address
-- limit stops. Otherwise all from one address (the load generator's). With FLOOD_BODY=malformed, the body is not JSON:
-- what a fuzzer or a broken client sends, refused as bad input before any password is looked at.
local counter = 0
local many = os.getenv("FLOOD_FROM") == "many"
local malformed = os.getenv("FLOOD_BODY") == "malformed"

request = function()
  counter = counter + 1
  local address = "127.0.0.1"
  if many then
    address = string.format("10.%d.%d.%d", math.random(0, 255), math.random(0, 255), math.random(1, 254))
  end
  local body = string.format('{"username":"nobody-%d-%d@nowhere.example","password":"a guess at a password"}',
    math.random(1, 1000000000), counter)
  if malformed then
    body = string.format("username=nobody-%d&password=a+guess", counter)
  end
  return wrk.format("POST", "/api/v1/auth/login",
    { ["Content-Type"] = "application/json", ["X-Forwarded-For"] = address }, body)
end

done = dofile(os.getenv("BENCH_HOME") .. "/report.lua")
