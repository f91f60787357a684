-- Random publications and pages of the bench district, so that almost every request misses the output cache.
local first = tonumber(os.getenv("FIRST_ID"))
local last = tonumber(os.getenv("LAST_ID"))
local prefix = os.getenv("PREFIX") or "/api/v1/publications/"
math.randomseed(os.time())
request = function()
  local path = prefix .. math.random(first, last) .. "?page=" .. math.random(1, 4)
  return wrk.format("GET", path)
end
