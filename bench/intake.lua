-- wrk script for bench/intake.sh: POSTs synthetic referrals at a constant total rate and records what was acknowledged.
--
-- Environment (read with os.getenv, so the token never appears in the process list):
--   INTAKE_TOKEN   a referrer's API token (required)
--   INTAKE_RATE    total requests per second across all threads (default 200)
--   INTAKE_THREADS the number of wrk threads (-t), which share the rate (default 2)
--   INTAKE_IDS     file to which done() writes the id of every referral acknowledged with 201, one a line
--   INTAKE_TAG     a word put in each child's surname and in the concern, so one run's records can be told apart
--
-- Pacing. wrk is closed-loop: each connection sends a request, waits for the response, calls delay() and waits that
-- many milliseconds, then sends the next. A fixed delay d over C connections gives C / (d + latency) requests a
-- second, which falls short of the target by however long the server takes. Instead every thread keeps a timetable:
-- with T threads its requests are due every T / RATE seconds, and delay() hands the next free connection the next
-- slot, waiting until that slot's time (or not at all if the slot has passed). So the total rate is RATE whatever
-- the latency, provided the connections are not all busy: C connections sustain RATE while latency stays below
-- C / RATE seconds (100 ms for 20 connections at 200/s). wrk measures each request's latency from the moment it is
-- written, after the delay. A request that falls behind its slot is sent late and timed from when it was sent, so a
-- stall that outlasts the spare connections is under-reported (coordinated omission). A maximum latency below
-- C / RATE seconds shows that no request was late.

local ffi = require("ffi")
ffi.cdef [[
  typedef struct { long tv_sec; long tv_nsec; } lantern_timespec;
  int clock_gettime(int clock_id, lantern_timespec *tp);
]]
local CLOCK_MONOTONIC = 1
local timespec = ffi.new("lantern_timespec")

local function now_ms()
  ffi.C.clock_gettime(CLOCK_MONOTONIC, timespec)
  return tonumber(timespec.tv_sec) * 1000 + tonumber(timespec.tv_nsec) / 1e6
end

-- Main state: number the threads and keep hold of them so done() can collect what each recorded.
local threads = {}

function setup(thread)
  table.insert(threads, thread)
  thread:set("thread_number", #threads)
end

-- Per-thread state. The counters are globals because done() reads them with thread:get(). wrk calls request() once
-- before the run to check the request it builds; "started" keeps that call out of the count (delay() always runs
-- before a real request).
local token, tag, thread_count, interval_ms, next_slot
local started = false
sent, acknowledged, errors = 0, 0, 0
statuses = {}
ids = {}
local headers = {}

local first_names = { "Ava", "Ben", "Cara", "Dev", "Ella", "Finn", "Gita", "Harry", "Isla", "Jay", "Kai", "Lena" }

function init(args)
  token = os.getenv("INTAKE_TOKEN") or error("INTAKE_TOKEN is not set")
  tag = os.getenv("INTAKE_TAG") or "Bench"
  local rate = tonumber(os.getenv("INTAKE_RATE") or "200")
  thread_count = tonumber(os.getenv("INTAKE_THREADS") or "2")
  interval_ms = 1000 * thread_count / rate
  headers["Content-Type"] = "application/json"
  headers["Accept"] = "application/json"
  headers["Authorization"] = "Bearer " .. token
end

function delay()
  started = true
  local now = now_ms()
  if next_slot == nil then
    -- Stagger the threads' timetables across one interval so they do not fire together.
    next_slot = now + interval_ms * (thread_number - 1) / thread_count
  end
  local wait = next_slot - now
  next_slot = next_slot + interval_ms
  if wait < 0 then
    return 0
  end
  return math.floor(wait + 0.5)
end

function request()
  if started then
    sent = sent + 1
  end
  -- Synthetic names only: a fixed first name list and a surname made from the run tag, thread and counter.
  local first = first_names[(sent % #first_names) + 1]
  local surname = string.format("%s-%d-%d", tag, thread_number, sent)
  local day = (sent % 28) + 1
  local body = string.format(
    '{"children":[{"firstName":"%s","surname":"%s","dateOfBirth":"2011-03-%02d"}],'
      .. '"concern":"Benchmark referral %s %d/%d: synthetic concern about a missing episode and an older '
      .. 'adult giving lifts.","cseConcern":true,"urgency":"ROUTINE"}',
    first, surname, day, tag, thread_number, sent)
  return wrk.format("POST", nil, headers, body)
end

function response(status, _, body)
  statuses[status] = (statuses[status] or 0) + 1
  if status == 201 then
    local id = string.match(body, '"id"%s*:%s*"([0-9a-fA-F%-]+)"')
    if id then
      acknowledged = acknowledged + 1
      ids[#ids + 1] = id
    else
      errors = errors + 1
    end
  else
    errors = errors + 1
  end
end

-- Main state again: merge the threads' counts, write the acknowledged ids and print lines for intake.sh to read.
function done(summary, latency, _)
  local out_path = os.getenv("INTAKE_IDS")
  local out = out_path and assert(io.open(out_path, "w"))
  local total_sent, total_ack, total_errors = 0, 0, 0
  local by_status = {}
  for _, t in ipairs(threads) do
    total_sent = total_sent + t:get("sent")
    total_ack = total_ack + t:get("acknowledged")
    total_errors = total_errors + t:get("errors")
    for status, count in pairs(t:get("statuses")) do
      by_status[status] = (by_status[status] or 0) + count
    end
    if out then
      for _, id in ipairs(t:get("ids")) do
        out:write(id, "\n")
      end
    end
  end
  if out then
    out:close()
  end
  local seconds = summary.duration / 1e6
  local socket_errors = summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout
  local codes = {}
  for status, count in pairs(by_status) do
    codes[#codes + 1] = status .. "=" .. count
  end
  table.sort(codes)
  io.write(string.format("INTAKE duration_s=%.2f completed=%d rate=%.1f\n", seconds, summary.requests,
    summary.requests / seconds))
  io.write(string.format("INTAKE p50_ms=%.2f p90_ms=%.2f p99_ms=%.2f p999_ms=%.2f max_ms=%.2f mean_ms=%.2f\n",
    latency:percentile(50) / 1000, latency:percentile(90) / 1000, latency:percentile(99) / 1000,
    latency:percentile(99.9) / 1000, latency.max / 1000, latency.mean / 1000))
  io.write(string.format("INTAKE sent=%d acknowledged=%d errors=%d non2xx=%d socket_errors=%d statuses=%s\n",
    total_sent, total_ack, total_errors, summary.errors.status, socket_errors, table.concat(codes, ",")))
  io.write(string.format("INTAKE socket connect=%d read=%d write=%d timeout=%d\n", summary.errors.connect,
    summary.errors.read, summary.errors.write, summary.errors.timeout))
end
