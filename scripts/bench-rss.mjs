// Preloaded into benchmarked CLI runs: reports the process's peak RSS on exit.
process.on('exit', () => {
  process.stderr.write(`\nBENCH_PEAK_RSS_KB ${process.resourceUsage().maxRSS}\n`);
});
