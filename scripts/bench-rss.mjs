// Preloaded into benchmarked CLI runs: reports the process's peak RSS and CPU time on exit. CPU
// time (user + system) is what a loaded shared machine distorts least; wall time includes waiting.
process.on('exit', () => {
  const usage = process.resourceUsage();
  process.stderr.write(`\nBENCH_PEAK_RSS_KB ${usage.maxRSS}\nBENCH_CPU_US ${usage.userCPUTime + usage.systemCPUTime}\n`);
});
