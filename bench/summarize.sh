#!/usr/bin/env bash
# Turns bench/run.sh's results.tsv into the Markdown tables of docs/BENCHMARKS.md: medians, peak
# RSS (the highest of the runs), sections per second, the ratio to stock JBake, and a least-squares
# line (fixed cost + cost per section) through Glossa's medians at the corpus sizes.
set -euo pipefail
results=${1:-target/bench/results.tsv}

awk -F'\t' '
function median(key,    n, i, j, v, t) {
  n = count[key]
  for (i = 1; i <= n; i++) v[i] = val[key, i]
  for (i = 2; i <= n; i++) { t = v[i]; for (j = i - 1; j >= 1 && v[j] > t; j--) v[j + 1] = v[j]; v[j + 1] = t }
  return n % 2 ? v[(n + 1) / 2] : (v[n / 2] + v[n / 2 + 1]) / 2
}
NR > 1 {
  key = $1 SUBSEP $2
  count[key]++
  val[key, count[key]] = $4
  if (!(key in lo) || $4 < lo[key]) lo[key] = $4
  if ($4 > hi[key]) hi[key] = $4
  if ($5 > rss[key]) rss[key] = $5
  if (!(($2) in seen)) { seen[$2] = 1; sizes[++nsizes] = $2 }
  if (NF >= 6) { if (!loadn || $6 < loadmin) loadmin = $6; if ($6 > loadmax) loadmax = $6; loadn++ }
}
END {
  print "| build | Glossa (s) | Glossa min–max (s) | sections/s | Glossa peak RSS (MB) | stock JBake (s) | JBake peak RSS (MB) | Glossa / JBake |"
  print "|---|---:|---:|---:|---:|---:|---:|---:|"
  for (i = 1; i <= nsizes; i++) {
    s = sizes[i]; corpus = s ~ /^[0-9]+$/
    gk = "glossa" SUBSEP s; jk = "jbake" SUBSEP s
    gm = count[gk] ? median(gk) : 0
    jm = count[jk] ? median(jk) : 0
    label = corpus ? s " sections" : s == "essay" ? "real essay" : s == "essay-empty-cache" ? "real essay, empty citation cache" : s
    sps = (corpus && gm > 0) ? sprintf("%.0f", s / gm) : "–"
    printf "| %s | %s | %s | %s | %s | %s | %s | %s |\n", label,
      count[gk] ? sprintf("%.2f", gm) : "–",
      count[gk] ? sprintf("%.2f–%.2f", lo[gk], hi[gk]) : "–", sps,
      count[gk] ? sprintf("%.0f", rss[gk] / 1024) : "–",
      count[jk] ? sprintf("%.2f", jm) : "–",
      count[jk] ? sprintf("%.0f", rss[jk] / 1024) : "–",
      (count[gk] && count[jk]) ? sprintf("%.3f×", gm / jm) : "–"
    if (corpus && count[gk]) { n++; x[n] = s; y[n] = gm; yj[n] = jm }
  }
  if (loadn) printf "\nOne-minute load average at the start of the timed runs: %.2f to %.2f.\n", loadmin, loadmax
  if (n >= 2) {
    for (i = 1; i <= n; i++) { sx += x[i]; sy += y[i]; sxx += x[i] * x[i]; sxy += x[i] * y[i] }
    b = (n * sxy - sx * sy) / (n * sxx - sx * sx)
    a = (sy - b * sx) / n
    print ""
    printf "Least-squares fit through Glossa'"'"'s medians: **%.2f s fixed + %.2f ms per section**.\n", a, b * 1000
    print ""
    print "| between | Glossa ms per added section | stock JBake ms per added section |"
    print "|---|---:|---:|"
    for (i = 2; i <= n; i++) {
      printf "| %s → %s sections | %.2f | %s |\n", x[i - 1], x[i], (y[i] - y[i - 1]) * 1000 / (x[i] - x[i - 1]),
        (yj[i] > 0 && yj[i - 1] > 0) ? sprintf("%.1f", (yj[i] - yj[i - 1]) * 1000 / (x[i] - x[i - 1])) : "–"
    }
  }
}' "$results"
