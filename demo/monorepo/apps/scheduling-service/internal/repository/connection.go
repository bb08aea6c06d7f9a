// Package repository holds the scheduling service's database access.
package repository

import (
	"database/sql"
	"fmt"
	"time"

	_ "github.com/lib/pq"
)

// Open connects to PostgreSQL and sizes the pool: 50 of the server's 200 connections
// (the web app's CRUD pool has the other 150).
func Open(dsn string) (*sql.DB, error) {
	db, err := sql.Open("postgres", dsn)
	if err != nil {
		return nil, fmt.Errorf("open database: %w", err)
	}

	db.SetMaxOpenConns(50)                  // 25% of 200 total for scheduling
	db.SetMaxIdleConns(10)                  // Keep 10 idle for quick reuse
	db.SetConnMaxLifetime(30 * time.Minute) // Recycle connections
	db.SetConnMaxIdleTime(5 * time.Minute)  // Close idle connections

	if err := db.Ping(); err != nil {
		db.Close()
		return nil, fmt.Errorf("ping database: %w", err)
	}
	return db, nil
}
