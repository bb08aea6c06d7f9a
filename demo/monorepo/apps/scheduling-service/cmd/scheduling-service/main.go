// The scheduling service: a batch of jobs every ~20 s (up to ~40 at once) with quiet
// stretches in between, over the pool that internal/repository/connection.go sizes. Its
// pool's own statistics (database/sql's DB.Stats()) are served on /metrics by
// client_golang's DBStats collector, as go_sql_* series labelled db_name="scheduling".
//
// Configuration from the environment: DATABASE_URL (a postgres:// URL; the demo's
// platform script sets it, with application_name=scheduling-service, which is how opsdash
// attributes these connections), DEMO_SCHED_PERIOD (20 s), DEMO_SCHED_BATCH (40),
// DEMO_SCHED_BURST (0: none; N: every DEMO_SCHED_BURST_EVERY-th batch, 8 by default, runs N
// jobs at once instead, past the pool when N is larger: callers wait for a connection),
// DEMO_METRICS_ADDR (host:port for /metrics; none when unset), DEMO_SCHED_MAX_OPEN (a
// runtime override of the pool's size, as a deployment flag would make: the source still
// says 50), DEMO_SCHED_LOAD (1: POST /load?jobs=N&seconds=S runs N jobs at once, for tests).
package main

import (
	"context"
	"fmt"
	"log"
	"math/rand"
	"net/http"
	"os"
	"os/signal"
	"strconv"
	"sync"
	"syscall"
	"time"

	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/collectors"
	"github.com/prometheus/client_golang/prometheus/promhttp"

	"scheduling-service/internal/repository"
)

func getint(name string, fallback int) int {
	v := os.Getenv(name)
	if v == "" {
		return fallback
	}
	n, err := strconv.Atoi(v)
	if err != nil || n < 0 {
		log.Fatalf("scheduling: %s=%q is not a non-negative integer", name, v)
	}
	return n
}

func main() {
	log.SetFlags(log.LstdFlags | log.LUTC)
	log.SetPrefix("scheduling: ")

	dsn := os.Getenv("DATABASE_URL")
	if dsn == "" {
		log.Fatalf("DATABASE_URL is not set")
	}
	ctx, stop := signal.NotifyContext(context.Background(), syscall.SIGINT, syscall.SIGTERM)
	defer stop()
	db, err := repository.Open(dsn)
	if err != nil {
		log.Fatalf("%v", err)
	}
	if n := getint("DEMO_SCHED_MAX_OPEN", 0); n > 0 {
		db.SetMaxOpenConns(n)
	}
	stats := db.Stats()
	log.Printf("pool: max open %d", stats.MaxOpenConnections)

	period := time.Duration(getint("DEMO_SCHED_PERIOD", 20)) * time.Second
	maxBatch := getint("DEMO_SCHED_BATCH", 40)
	burst := getint("DEMO_SCHED_BURST", 0)
	burstEvery := getint("DEMO_SCHED_BURST_EVERY", 8)
	kinds := []string{"send-reminders", "rollup-usage", "expire-invites", "sync-calendars", "bill-accounts"}
	var failures int
	var lastReport time.Time
	var mu sync.Mutex

	// runJobs runs n jobs at once, each holding a connection for its duration (one
	// statement), and returns when all are done.
	runJobs := func(n int, duration func() float64) {
		var wg sync.WaitGroup
		for i := 0; i < n; i++ {
			wg.Add(1)
			go func(seconds float64) {
				defer wg.Done()
				kind := kinds[rand.Intn(len(kinds))]
				_, err := db.ExecContext(ctx,
					`INSERT INTO job (kind, finished, result) SELECT $1, clock_timestamp(), 'ok' FROM pg_sleep($2)`,
					kind, seconds)
				if err != nil && ctx.Err() == nil {
					mu.Lock()
					failures++
					if time.Since(lastReport) > 10*time.Second {
						log.Printf("%d job failure(s) so far; last: %v", failures, err)
						lastReport = time.Now()
					}
					mu.Unlock()
				}
			}(duration())
		}
		wg.Wait()
	}

	if addr := os.Getenv("DEMO_METRICS_ADDR"); addr != "" {
		registry := prometheus.NewRegistry()
		registry.MustRegister(collectors.NewDBStatsCollector(db, "scheduling"))
		mux := http.NewServeMux()
		mux.Handle("/metrics", promhttp.HandlerFor(registry, promhttp.HandlerOpts{}))
		if getint("DEMO_SCHED_LOAD", 0) == 1 {
			mux.HandleFunc("/load", func(w http.ResponseWriter, r *http.Request) {
				jobs, err1 := strconv.Atoi(r.URL.Query().Get("jobs"))
				seconds, err2 := strconv.ParseFloat(r.URL.Query().Get("seconds"), 64)
				if r.Method != http.MethodPost || err1 != nil || err2 != nil || jobs < 1 || jobs > 500 || seconds < 0 || seconds > 60 {
					http.Error(w, "POST /load?jobs=N&seconds=S", http.StatusBadRequest)
					return
				}
				runJobs(jobs, func() float64 { return seconds })
				fmt.Fprintf(w, "%d jobs done\n", jobs)
			})
		}
		server := &http.Server{Addr: addr, Handler: mux, ReadHeaderTimeout: 10 * time.Second}
		go func() {
			if err := server.ListenAndServe(); err != nil && err != http.ErrServerClosed {
				log.Fatalf("metrics: %v", err)
			}
		}()
		log.Printf("metrics on http://%s/metrics", addr)
	}

	for batch := 1; ; batch++ {
		// Most batches are moderate; every fourth is a full one.
		n := 5 + rand.Intn(maxBatch/2)
		if batch%4 == 0 {
			n = maxBatch
		}
		if burst > 0 && burstEvery > 0 && batch%burstEvery == 0 {
			n = burst
		}
		runJobs(n, func() float64 { return 0.5 + rand.Float64()*3.5 })
		stats := db.Stats()
		fmt.Fprintf(os.Stdout, "%s scheduling: batch %d: %d jobs; pool open %d, in use %d, idle %d\n",
			time.Now().UTC().Format(time.RFC3339), batch, n, stats.OpenConnections, stats.InUse, stats.Idle)
		select {
		case <-ctx.Done():
			log.Printf("stopping")
			db.Close()
			return
		case <-time.After(period - time.Duration(rand.Intn(5))*time.Second):
		}
	}
}
