-- A different room on every request, through all 100,000 (each thread from its own start).
local n = 0
function init(args) n = math.random(1, 100000) end
function request()
  n = n % 100000 + 1
  return wrk.format("GET", "/help/rooms/room-" .. n .. "@conference.example.org/")
end
