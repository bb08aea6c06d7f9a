// The demo platform's scheduling service: Go's database/sql with lib/pq (Debian's
// golang-github-lib-pq-dev), its pool sized as the monorepo's
// apps/scheduling-service/internal/repository/connection.go sizes it, running a batch of
// jobs every ~20 s (up to ~40 at once) with quiet stretches in between.
//
// Configuration comes from the environment (demo/platform sets it): DEMO_PG_HOST,
// DEMO_PG_PORT, DEMO_PG_DATABASE, DEMO_PG_USER, DEMO_PG_PASSWORD; for `scripts/demo
// --drift`, DEMO_SCHED_NO_IDLE_TIME=1 leaves out SetConnMaxIdleTime.
package main

import (
	"context"
	"database/sql"
	"fmt"
	"log"
	"math/rand"
	"net/url"
	"os"
	"os/signal"
	"strconv"
	"sync"
	"syscall"
	"time"

	_ "github.com/lib/pq"
)

func getenv(name, fallback string) string {
	if v := os.Getenv(name); v != "" {
		return v
	}
	return fallback
}

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

	// A URL, so the password is escaped properly; application_name is how opsdash
	// attributes these connections (lib/pq sends none by default).
	dsn := url.URL{
		Scheme: "postgres",
		User:   url.UserPassword(getenv("DEMO_PG_USER", "scheduling_app"), os.Getenv("DEMO_PG_PASSWORD")),
		Host:   getenv("DEMO_PG_HOST", "127.0.0.1") + ":" + getenv("DEMO_PG_PORT", "5432"),
		Path:   "/" + getenv("DEMO_PG_DATABASE", "platform"),
		RawQuery: url.Values{
			"application_name": {"scheduling-service"},
			"sslmode":          {"disable"},
			"connect_timeout":  {"10"},
		}.Encode(),
	}
	db, err := sql.Open("postgres", dsn.String())
	if err != nil {
		log.Fatalf("open database: %v", err)
	}
	db.SetMaxOpenConns(50) // 25% of 200 total for scheduling
	db.SetMaxIdleConns(10) // Keep 10 idle for quick reuse
	// DEMO_TIME_SCALE (demo --fast) divides every duration by the same factor.
	scale := time.Duration(1)
	if n := getint("DEMO_TIME_SCALE", 1); n > 1 {
		scale = time.Duration(n)
	}
	db.SetConnMaxLifetime(30 * time.Minute / scale) // Recycle connections
	if os.Getenv("DEMO_SCHED_NO_IDLE_TIME") != "1" {
		db.SetConnMaxIdleTime(5 * time.Minute / scale) // Close idle connections
	}

	ctx, stop := signal.NotifyContext(context.Background(), syscall.SIGINT, syscall.SIGTERM)
	defer stop()
	if err := db.PingContext(ctx); err != nil {
		log.Fatalf("ping database: %v", err)
	}
	log.Printf("pool: max open 50, max idle 10, lifetime %s, idle time %s", 30*time.Minute/scale,
		map[bool]string{true: "unset (drift)", false: (5 * time.Minute / scale).String()}[os.Getenv("DEMO_SCHED_NO_IDLE_TIME") == "1"])

	period := time.Duration(getint("DEMO_SCHED_PERIOD", 20)) * time.Second
	maxBatch := getint("DEMO_SCHED_BATCH", 40)
	kinds := []string{"send-reminders", "rollup-usage", "expire-invites", "sync-calendars", "bill-accounts"}
	var failures int
	var lastReport time.Time

	for batch := 1; ; batch++ {
		// Most batches are moderate; every fourth is a full one.
		n := 5 + rand.Intn(maxBatch/2)
		if batch%4 == 0 {
			n = maxBatch
		}
		var wg sync.WaitGroup
		var mu sync.Mutex
		for i := 0; i < n; i++ {
			wg.Add(1)
			go func(i int) {
				defer wg.Done()
				kind := kinds[rand.Intn(len(kinds))]
				seconds := 0.5 + rand.Float64()*3.5
				// One statement that holds its connection for the job's duration.
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
			}(i)
		}
		wg.Wait()
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
