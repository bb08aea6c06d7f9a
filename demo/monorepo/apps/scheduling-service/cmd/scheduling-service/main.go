// The scheduling service: a batch of jobs every ~20 s (up to ~40 at once) with quiet
// stretches in between, over the pool that internal/repository/connection.go sizes.
//
// Configuration from the environment: DATABASE_URL (a postgres:// URL; the demo's
// platform script sets it, with application_name=scheduling-service, which is how opsdash
// attributes these connections), DEMO_SCHED_PERIOD (20 s), DEMO_SCHED_BATCH (40).
package main

import (
	"context"
	"fmt"
	"log"
	"math/rand"
	"os"
	"os/signal"
	"strconv"
	"sync"
	"syscall"
	"time"

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
	stats := db.Stats()
	log.Printf("pool: max open %d", stats.MaxOpenConnections)

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
