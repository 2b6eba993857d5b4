# The client matrix's sequence with Ruby's Net::HTTP, in one started (kept-alive) session. Prints JSON.
require 'json'
require 'net/http'
require 'uri'

uri = URI(ARGV[0])
sequence = JSON.parse(ARGV[1])
results = []
started = Process.clock_gettime(Process::CLOCK_MONOTONIC)
Net::HTTP.start(uri.host, uri.port, read_timeout: 10) do |http|
  sequence.each do |step|
    headers = step['body'].nil? ? {} : { 'Content-Type' => 'application/json' }
    response = http.send_request(step['method'], step['path'], step['body'], headers)
    results << { method: step['method'], status: response.code.to_i, body: response.body.to_s }
  end
end
ms = (Process.clock_gettime(Process::CLOCK_MONOTONIC) - started) * 1000
puts JSON.generate({ results: results, ms: ms })
