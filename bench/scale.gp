# bench/results/scale.png from scale.tsv (bench/summarize.py): gnuplot -e "dir='bench/results'" bench/scale.gp
if (!exists("dir")) dir = 'bench/results'
set terminal pngcairo size 900,720 font "DejaVu Sans,10"
set output dir.'/scale.png'
set datafile separator "\t"
set datafile missing "?"
set key top right box opaque
set grid
set logscale x
set xrange [2:300000]
set format x "10^{%L}"
set multiplot layout 2,1 title "Conference Help: live page against a static file of the same size, same Jetty (wrk, 32 connections, loopback)"

set title "Throughput (median of the alternating runs; bars: min–max)"
set ylabel "requests/s"
set yrange [0:*]
set xlabel ""
plot dir.'/scale.tsv' using 1:2:3:4 skip 1 with yerrorlines lw 2 pt 7 lc rgb "#1f77b4" title "live /help/using-conferences/", \
     ''               using 1:5:6:7 skip 1 with yerrorlines lw 2 pt 5 lc rgb "#ff7f0e" dt 2 title "static /static/page.html", \
     ''               using 1:2:(sprintf("%s KB", stringcolumn(10))) skip 1 with labels offset 0,1.4 tc rgb "#555555" notitle

set title "One directory refresh (DirectoryRefreshBench; target < 1 s at 100,000 rooms)"
set ylabel "milliseconds"
set logscale y
set yrange [0.01:2000]
set xlabel "public rooms on the conference service (generated + 4 demo rooms)"
plot dir.'/scale.tsv' using 1:8 skip 1 with linespoints lw 2 pt 7 lc rgb "#2ca02c" title "median", \
     ''               using 1:9 skip 1 with linespoints lw 1 pt 6 lc rgb "#2ca02c" dt 2 title "p90", \
     1000 with lines lc rgb "#d62728" dt 3 title "target 1 s"
unset multiplot
